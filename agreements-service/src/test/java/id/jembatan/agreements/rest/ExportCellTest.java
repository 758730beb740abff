package id.jembatan.agreements.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportCellTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("'=HYPERLINK(1)", ExportResource.cell("=HYPERLINK(1)"));
        assertEquals("\"a, \"\"b\"\"\"", ExportResource.cell("a, \"b\""));
        assertEquals("Kota Serang", ExportResource.cell("Kota Serang"));
        assertEquals("", ExportResource.cell(null));
    }
}
