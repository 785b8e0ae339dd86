package id.inovik.query.support;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.region.RegionCatalog;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.projection.DecodedEvent;
import id.inovik.query.innovation.projection.InnovationProjector;
import id.inovik.query.innovation.projection.SourceRecord;
import java.time.Instant;
import java.util.List;

/** Innovation documents exactly as the projection builds them, for the tests of their readers. */
public final class Documents {

  private static final InnovationProjector PROJECTOR =
      new InnovationProjector(RegionCatalog.load());

  private Documents() {}

  /**
   * A profile with only what the rules require: no themes, related affairs, results, budget,
   * planned dates or video; the initiator is the owning agency.
   */
  public static InnovationProfile bareProfile(String name, String regionCode) {
    return new InnovationProfile(
        name,
        regionCode,
        "Disdukcapil",
        new Initiator(InitiatorKind.PERANGKAT_DAERAH, "Disdukcapil"),
        false,
        InnovationForm.PELAYANAN_PUBLIK,
        List.of(),
        GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
        List.of(),
        "Petugas mendatangi desa.",
        "Mendekatkan layanan.",
        "Warga tidak perlu ke kota.",
        null,
        null,
        null,
        null,
        null);
  }

  /** The document after {@code events}, at sequences 0, 1, ... one minute apart from {@code at}. */
  public static InnovationDocument fold(Instant at, InnovationEvent... events) {
    InnovationDocument document = null;
    for (int sequence = 0; sequence < events.length; sequence++) {
      InnovationEvent event = events[sequence];
      document =
          PROJECTOR.apply(
              document,
              new DecodedEvent(
                  "event-" + sequence,
                  event.getClass().getSimpleName(),
                  event.innovationId(),
                  sequence,
                  at.plusSeconds(60L * sequence),
                  event,
                  new SourceRecord("test", 0, sequence, event.regionCode(), "{}")));
    }
    return document;
  }
}
