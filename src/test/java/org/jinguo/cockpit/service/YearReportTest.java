package org.jinguo.cockpit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.Section;
import org.junit.jupiter.api.Test;

/** The year-end report's documents: a cover, contents and a page per area in the PDF; every figure and chart in Excel. */
class YearReportTest {

    private static final YearReport.Subject SUBJECT = new YearReport.Subject("江北区妇联", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2));

    private static final List<Section> SECTIONS = List.of(
            new Section("cockpit.network", 10, List.of(Figure.count("cockpit.network.chairs", 104, "/x"),
                    Figure.count("cockpit.network.members", 1297, "/x"),
                    Figure.percent("cockpit.network.workCoverage", 97.9, 100, "/y")),
                    List.of(new Chart("cockpit.network.holdersChart", Chart.Kind.DOUGHNUT, List.of("主席", "副主席", "执委"),
                            List.of(new Chart.Series("cockpit.network.holders", List.of(104.0, 144.0, 1297.0)))))),
            new Section("cockpit.volunteer", 30, List.of(Figure.of("cockpit.volunteer.hours", 1234.5, Figure.Measure.HOURS, "/z")),
                    List.of(new Chart("cockpit.volunteer.hoursChart", Chart.Kind.LINE, List.of("1月", "2月"),
                            List.of(new Chart.Series("cockpit.volunteer.hoursSeries", List.of(0.0, 12.5)))))));

    @Test
    void thePdfHasACoverContentsAndAPagePerArea() throws Exception {
        List<Integer> progress = new ArrayList<>();
        byte[] pdf = YearReport.pdf(SUBJECT, SECTIONS, progress::add);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(2 + SECTIONS.size(), reader.getNumberOfPages(), "cover, contents, one page per area");
        assertEquals(100, progress.get(progress.size() - 1));
        assertTrue(progress.stream().sorted().toList().equals(progress), "progress only grows: " + progress);
        reader.close();
    }

    @Test
    void theWorkbookHoldsEveryFigureAndEveryChartsNumbers() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(YearReport.xlsx(SUBJECT, SECTIONS)))) {
            Sheet figures = book.getSheetAt(0);
            assertEquals("江北区妇联2026年度工作报告", figures.getRow(0).getCell(0).getStringCellValue(), "the year is not written 2,026");
            List<String> rows = new ArrayList<>();
            for (Row row : figures) {
                if (row.getRowNum() > 3) {
                    rows.add(row.getCell(1).getStringCellValue() + "=" + row.getCell(2).getNumericCellValue());
                }
            }
            assertEquals(List.of("主席=104.0", "执委=1297.0", "妇女工作覆盖率=97.9", "本期服务时长=1234.5"), rows);
            assertEquals(1 + 2, book.getNumberOfSheets(), "the figures and a sheet per chart");
            assertEquals(1297.0, book.getSheetAt(1).getRow(3).getCell(1).getNumericCellValue());
        }
    }
}
