"""English for the page bases and the texts the views reorganisation added (issue 16).

Counts are plural messages (``self.tr("%1 insiden", "", n)``): a tuple gives the
singular and the plural form.
"""

EN = {
    "%1 insiden": ("%1 incident", "%1 incidents"),
    "%1 insiden diekspor ke %2": ("%1 incident exported to %2", "%1 incidents exported to %2"),
    "%1 pengiriman": ("%1 consignment", "%1 consignments"),
    "%1 kegiatan · rencana %2 · hadir %3 · anggaran %4": (
        "%1 session · planned %2 · attended %3 · budget %4",
        "%1 sessions · planned %2 · attended %3 · budget %4",
    ),
    "%1 kegiatan diekspor ke %2": ("%1 session exported to %2", "%1 sessions exported to %2"),
    "%1 baris pengiriman diekspor ke %2": (
        "%1 consignment line exported to %2",
        "%1 consignment lines exported to %2",
    ),
    "rencana · garis merah: hari ini": "planned · red line: today",
    # The chat review (insiden/chat_view.py).
    "Waktu: %1, jam tidak disebut — isi jamnya": "Time: %1, no hour given — fill in the hour",
    "Kata: %1": "Words: %1",
}
