package id.inovik.query.innovation;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.RegionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One innovation as stored in the {@code innovations} index and returned by {@code GET
 * /api/innovations/{id}}: the latest profile, the region it belongs to (names from the region
 * catalogue) and where it stands in its lifecycle. Built only from events, so a rebuild gives the
 * same document.
 *
 * <p>It repeats the {@link InnovationProfile}'s fields rather than holding one: a denormalised read
 * model keeps them flat beside region names, stage dates and search helpers so that Elasticsearch
 * filters, facets and sorts on each; {@link #profile()} gives the profile back.
 *
 * @param affairs the main affair followed by the related ones (one field to filter and facet on)
 * @param basicService true when the main affair is one of the six basic-service affairs (yandas)
 * @param updatedAt the store timestamp of the last applied event
 * @param designWordCount words in {@code design} (the IID form asks for at least 300)
 * @param lastSequence sequence number of the last applied event of this innovation; events at or
 *     below it are skipped, which makes the projection idempotent
 */
public record InnovationDocument(
    String id,
    String name,
    String regionCode,
    String regionName,
    RegionType regionType,
    String provinceCode,
    String provinceName,
    String owningAgency,
    InitiatorKind initiatorKind,
    String initiatorName,
    boolean digital,
    InnovationForm form,
    List<String> themes,
    GovernmentAffair mainAffair,
    List<GovernmentAffair> relatedAffairs,
    List<GovernmentAffair> affairs,
    boolean basicService,
    String design,
    String goals,
    String benefits,
    String results,
    Long budget,
    LocalDate plannedTrialDate,
    LocalDate plannedImplementationDate,
    String videoUrl,
    InnovationStage stage,
    InnovationStatus status,
    String reviewReason,
    LocalDate reviewedOn,
    String decreeNumber,
    LocalDate decreeDate,
    LocalDate trialStartedOn,
    LocalDate implementedOn,
    LocalDate stoppedOn,
    String stopReason,
    LocalDate resumedOn,
    Instant proposedAt,
    Instant updatedAt,
    int designWordCount,
    long lastSequence) {

  public InnovationDocument {
    themes = themes == null ? List.of() : List.copyOf(themes);
    relatedAffairs = relatedAffairs == null ? List.of() : List.copyOf(relatedAffairs);
    affairs = affairs == null ? List.of() : List.copyOf(affairs);
  }

  /** The profile this document holds: the projection's profile to document mapping, reversed. */
  public InnovationProfile profile() {
    return new InnovationProfile(
        name,
        regionCode,
        owningAgency,
        initiatorKind == null && initiatorName == null
            ? null
            : new Initiator(initiatorKind, initiatorName),
        digital,
        form,
        themes,
        mainAffair,
        relatedAffairs,
        design,
        goals,
        benefits,
        results,
        budget,
        plannedTrialDate,
        plannedImplementationDate,
        videoUrl);
  }

  /** The Elasticsearch external version of a document: sequences start at 0, versions at 1. */
  public long version() {
    return lastSequence + 1;
  }
}
