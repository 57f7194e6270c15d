package org.highroad.transparency.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A line chart of shares over time drawn on the server as inline SVG (0-100 %, one point per month; a withheld
 * share leaves a gap), with the commitment as a dashed line in the same colour. Readable without script; the table
 * under it gives the same figures as text.
 */
final class Chart {

    private static final int W = 640;
    private static final int H = 260;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int PLOT_W = 440;
    private static final int PLOT_H = 200;

    private Chart() {
    }

    static String svg(List<JsonNode> metrics, String title, String[] colors) {
        StringBuilder s = new StringBuilder("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(W).append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">").append(e(title)).append("</title>\n");
        for (int p = 0; p <= 100; p += 25) {
            int y = y(p);
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + PLOT_W)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>\n<text x=\"").append(LEFT - 4).append("\" y=\"")
                    .append(y + 4).append("\" font-size=\"10\" text-anchor=\"end\">").append(p).append("%</text>\n");
        }
        for (int m = 0; m < metrics.size(); m++) {
            JsonNode obs = metrics.get(m).path("observations");
            String color = colors[m % colors.length];
            int n = obs.size();
            StringBuilder line = new StringBuilder();
            StringBuilder committed = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int x = LEFT + (n == 1 ? PLOT_W / 2 : i * PLOT_W / (n - 1));
                JsonNode o = obs.get(i);
                committed.append(i == 0 ? "M" : " L").append(x).append(',')
                        .append(y(o.path("dimensions").path("committedPercent").asDouble()));
                if (o.hasNonNull("measure")) {
                    line.append(line.isEmpty() || !obs.get(i - 1).hasNonNull("measure") ? " M" : " L").append(x).append(',')
                            .append(y(o.path("measure").asDouble()));
                    s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y(o.path("measure").asDouble()))
                            .append("\" r=\"3\" fill=\"").append(color).append("\"/>\n");
                }
            }
            s.append("<path d=\"").append(committed).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-dasharray=\"4 3\"/>\n");
            if (!line.isEmpty()) {
                s.append("<path d=\"").append(line.toString().trim()).append("\" fill=\"none\" stroke=\"").append(color)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            s.append("<text x=\"").append(LEFT + PLOT_W + 8).append("\" y=\"").append(TOP + 14 + m * 16)
                    .append("\" font-size=\"11\" fill=\"").append(color).append("\">")
                    .append(e(metrics.get(m).path("title").asText())).append("</text>\n");
        }
        return s.append("</svg>\n<figcaption>").append(e(title)).append("</figcaption>\n</figure>\n").toString();
    }

    private static int y(double percent) {
        return TOP + (int) Math.round(PLOT_H * (1 - Math.max(0, Math.min(100, percent)) / 100));
    }

    private static String e(String s) {
        return htmlEscape(s, "UTF-8");
    }
}
