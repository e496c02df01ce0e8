package com.cosell.backend.bulk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading and formula-safe writing, and the errors that name row and column. */
class CsvReaderTest {

    private static CsvReader.Table read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksKeepingSpreadsheetRowNumbers() {
        CsvReader.Table t = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",plain\rlast,\n");
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).extracting(CsvReader.Row::row).containsExactly(2, 3, 4);
        assertThat(t.rows().get(0).cells()).containsExactly("x, y", "say \"hi\"");
        assertThat(t.rows().get(1).cells()).containsExactly("two\r\nlines", "plain");
        assertThat(t.rows().get(2).cells()).containsExactly("last", "");
    }

    @Test
    void skipsTheBomAndBlankLines() {
        byte[] body = "\uFEFF이름,b\n\n서울,2\n\n".getBytes(StandardCharsets.UTF_8);
        CsvReader.Table t = CsvReader.read(body, 10);
        assertThat(t.header()).containsExactly("이름", "b");
        assertThat(t.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("서울", "2"));
    }

    @Test
    void refusesWhatIsNotUtf8CsvSayingWhere() {
        byte[] latin1 = "a,b\nM\u00fcller,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(latin1, 10))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("line 2");
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 1};
        assertThatThrownBy(() -> CsvReader.read(zip, 10)).hasMessageContaining("not a CSV file");
        assertThatThrownBy(() -> read("a;b;c\n1;2;3\n")).hasMessageContaining("semicolons");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void namesRowAndColumnOfABrokenQuote() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n"))
                .hasMessageContaining("Row 2, column 2")
                .hasMessageContaining("never closes");
        assertThatThrownBy(() -> read("a,b\n1,2\n3,x\"y\n")).hasMessageContaining("Row 3, column 2");
        assertThatThrownBy(() -> read("a,b\n\"1\"x,2\n")).hasMessageContaining("Row 2, column 1");
    }

    @Test
    void stopsAtTheRowLimit() {
        assertThatThrownBy(() -> CsvReader.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(CsvReader.TooManyRows.class);
        assertThat(CsvReader.read("a\n1\n2\n".getBytes(StandardCharsets.UTF_8), 2)
                        .rows())
                .hasSize(2);
    }

    @Test
    void writesFormulasAsTextAndReadsThemBackUnchanged() {
        List<String> cells = List.of(
                "=HYPERLINK(\"http://x\")",
                "+1",
                "-2",
                "@SUM(A1)",
                "\tx",
                "plain, \"q\"",
                "line\nbreak",
                "'quoted already",
                "");
        StringBuilder out = new StringBuilder();
        CsvWriter.record(out, new ArrayList<>(cells));
        String text = out.toString();
        assertThat(text).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,");
        CsvReader.Table back = read("h1,h2,h3,h4,h5,h6,h7,h8,h9\r\n" + text);
        assertThat(back.rows().getFirst().cells().stream()
                        .map(CsvReader::unescape)
                        .toList())
                .isEqualTo(cells);
        assertThat(Arrays.asList(CsvWriter.isFormula("a=b"), CsvWriter.isFormula("\rx")))
                .containsExactly(false, true);
    }
}
