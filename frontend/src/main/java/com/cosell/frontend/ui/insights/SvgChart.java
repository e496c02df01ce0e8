package com.cosell.frontend.ui.insights;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A bar chart drawn by XChart onto Batik's SVG generator: an SVG document made on the server, sent
 * as an image (no script, no frontend bundle). It scales with its box (a view box, no fixed size);
 * the page's table beside it says the same in text.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final Color[] SERIES = {
        new Color(0x1a, 0x73, 0xe8), new Color(0x0b, 0x8a, 0x4b), new Color(0xc5, 0x22, 0x1f)
    };

    /** One series: its name (the legend) and a value per category. */
    record Series(String name, List<? extends Number> values) {}

    private SvgChart() {}

    static CategoryChart bars(String yTitle, List<String> categories, List<Series> series) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .yAxisTitle(yTitle)
                .build();
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleVisible(false);
        s.setLegendVisible(series.size() > 1);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setSeriesColors(SERIES);
        s.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setXAxisLabelRotation(categories.size() > 6 ? 45 : 0);
        for (Series one : series) {
            chart.addSeries(one.name(), categories, one.values());
        }
        return chart;
    }

    /** The chart as an SVG document. */
    static String svg(CategoryChart chart) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.paint(g, WIDTH, HEIGHT);
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.removeAttribute("width");
        root.removeAttribute("height");
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        return out.toString();
    }

    /** The chart as an image address (the page's CSP allows data: images). */
    static String dataUrl(CategoryChart chart) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(chart).getBytes(StandardCharsets.UTF_8));
    }
}
