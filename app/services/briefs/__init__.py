"""Official PDF briefs for the Sekda (SPEC 7): Laporan Harian, Mingguan, Khusus and the
Nota Dinas cover memo, laid out as naskah dinas (Permendagri 1/2023).

    request  → what the user asked for (type, date, sections, conclusions)
    sections → one function per section, reading the shared aggregation services
    build    → runs the sections in one snapshot, the reconciliation checks, the layout
    render   → blocks to PDF (kop, head, marks, page numbers, watermark, signature)
    register → numbering, issuing (audited), the register, re-open and verify (SHA-256)

Nothing here imports Qt; the CLI, the self-test and the Laporan page share it.
"""
