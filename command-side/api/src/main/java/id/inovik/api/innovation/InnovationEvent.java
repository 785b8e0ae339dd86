package id.inovik.api.innovation;

/**
 * Facts about one innovation, in the past tense. Every event names its innovation and the region it
 * belongs to; the region never changes for an innovation, so it is the Kafka record key (per-region
 * order, which the region-level projections need, also gives per-innovation order).
 */
public sealed interface InnovationEvent
    permits InnovationProposedEvent,
        InnovationReviewedEvent,
        InnovationEstablishedEvent,
        InnovationTrialStartedEvent,
        InnovationImplementedEvent,
        InnovationStoppedEvent,
        InnovationResumedEvent,
        InnovationProfileRevisedEvent {

  String innovationId();

  String regionCode();
}
