// What each audit action means to a reader of the timeline ("<who> <label>").
// An action missing here is shown by its code (lib/audit/describe-event.ts says "mencatat perubahan" instead).

const ACTION_LABELS: Readonly<Record<string, string>> = {
  "answer.unit_update": "mengubah jawaban",
  "answer.tpi_update": "mengubah nilai TPI",
  "evidence.upload": "mengunggah bukti dukung",
  "evidence.link": "menautkan bukti dukung",
  "evidence.delete": "menghapus bukti dukung",
  "assessment.copy_forward": "menyalin jawaban tahun sebelumnya",
  "assessment.import_workbook": "mengimpor LKE dari Excel",
  "answer.import": "mengimpor jawaban dari Excel",
  "lhe.recommendation": "menulis rekomendasi perbaikan TPI",
  "lhe.letter": "mengubah nomor dan tanggal LHE",
  "lhe.signed_upload": "mengunggah LHE bertanda tangan",
  "period.lhe_basis": "mengubah dasar penugasan TPI",
  "assessment.submit": "mengajukan LKE",
  "assessment.start_review": "mulai mereviu LKE",
  "assessment.return": "mengembalikan LKE untuk perbaikan",
  "assessment.finalize": "memfinalkan penilaian",
  "assessment.reopen": "membuka kembali penilaian",
  "comment.create": "menulis komentar",
  "comment.delete": "menghapus komentar",
  "instansi.update": "mengubah profil instansi",
  "instansi.save_condition": "menyimpan nilai Tabel 5 instansi",
  "period.update_proposal_deadline": "mengubah batas pengusulan ke TPN",
  "unit.update_attributes": "mengubah data Tabel 5 unit",
  "unit.save_year_fact": "menyimpan data tahunan unit",
  "unit.add_predicate": "mencatat predikat unit",
  "unit.revoke_predicate": "mencatat pencabutan predikat",
  "proposal.create_round": "membuat usulan ke TPN",
  "proposal.update_round": "mengubah usulan ke TPN",
  "proposal.select_unit": "memilih unit untuk diusulkan ke TPN",
  "proposal.deselect_unit": "mengeluarkan unit dari usulan ke TPN",
  "proposal.approve_round": "menyetujui usulan ke TPN",
  "proposal.record_stage": "mencatat tahap evaluasi TPN",
  "proposal.upload_file": "mengunggah dokumen usulan",
  "proposal.request_package": "meminta pembuatan paket usulan ke TPN",
  "proposal.retry_package": "mencoba lagi pembuatan paket usulan ke TPN",
  "proposal.prune_packages": "menghapus paket usulan ke TPN yang lama",
  "predicate.record_monitoring": "mencatat laporan monitoring predikat",
  "predicate.open_monitoring": "membuka penilaian monitoring predikat",
  "predicate.complete_monitoring_report": "melengkapi surat laporan monitoring predikat",
  "api_key.create": "membuat kunci API PMPZI",
  "api_key.revoke": "mencabut kunci API PMPZI",
  "api.pmpzi_export": "mengambil ekspor PMPZI lewat API",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** The question an event is about: the answer's code, or the code an evidence record names. */
export function questionCodeOf(event: { entityType: string; entityId: string | null; before: unknown; after: unknown }): string | null {
  if (event.entityType === "Answer") return event.entityId;
  for (const side of [event.after, event.before]) {
    if (isRecord(side) && typeof side.questionCode === "string") return side.questionCode;
  }
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
