package dev.condor.core.backtest.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts for the HTML report: dated line charts, bar charts and histograms with axes,
 * tick labels and grid lines, scaled by a view box so they follow the page's width.
 */
final class Charts {

  /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
  static final String BLUE = "#0072B2";
  static final String ORANGE = "#E69F00";
  static final String GREEN = "#009E73";
  static final String PURPLE = "#CC79A7";
  static final String SKY = "#56B4E9";
  static final String VERMILLION = "#D55E00";
  static final String GREY = "#6B7280";

  /** Colours of benchmark lines, in the order of the result's benchmarks. */
  static final List<String> BENCHMARK_COLOURS = List.of(ORANGE, GREEN, PURPLE, SKY, GREY);

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  /** View-box widths: a chart across the page, and one of two side by side. */
  static final int FULL = 960;
  static final int HALF = 600;
  private static final int LEFT = 80;
  private static final int RIGHT = 20;
  private static final int TOP = 14;
  private static final int BOTTOM = 42;

  private Charts() {}

  /** One line of a chart: a name, a colour, one value per date (NaN for a gap), a stroke width. */
  record Series(String name, String colour, double[] values, double strokeWidth) {}

  /** Money ticks: $950, $12.5k, $1.25M. */
  static String compactDollars(double v) {
    double a = Math.abs(v);
    String sign = v < 0 ? "-" : "";
    if (a >= 1e6) {
      return sign + "$" + trim(a / 1e6) + "M";
    }
    if (a >= 1e3) {
      return sign + "$" + trim(a / 1e3) + "k";
    }
    return sign + "$" + trim(a);
  }

  /** Percent ticks from ratios: -5%, 2.5%. */
  static String compactPercent(double ratio) {
    return trim(ratio * 100) + "%";
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  /**
   * A line chart over trading days (evenly spaced, so weekends leave no gaps) with month or year
   * ticks; with {@code fillToZero} the first series is drawn as an area down (or up) to zero.
   */
  static String lines(String label, List<LocalDate> dates, List<Series> series, int width,
      int height,
      DoubleFunction<String> format, boolean fillToZero) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : s.values()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (fillToZero) {
      min = Math.min(min, 0);
      max = Math.max(max, 0);
    }
    StringBuilder svg = open(label, width, height);
    if (dates.isEmpty() || min > max) {
      empty(svg, width, height);
      return svg.append("</svg>").toString();
    }
    Axis y = Axis.of(min, max, 6);
    Plot p = new Plot(width, height, y);
    grid(svg, p, format);
    int n = dates.size();
    DoubleFunctionX x = i -> n == 1 ? LEFT + p.width() / 2 : LEFT + p.width() * i / (n - 1);
    dateTicks(svg, p, dates, x);
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < n; i++) {
        double v = s.values()[i];
        if (!Double.isFinite(v)) {
          pen = false;
          continue;
        }
        d.append(pen ? 'L' : 'M').append(num(x.at(i))).append(' ').append(num(p.y(v)));
        pen = true;
      }
      if (fillToZero && k == 0) {
        String zero = num(p.y(0));
        svg.append("<path d=\"M").append(num(x.at(0))).append(' ').append(zero)
            .append(d.toString().replaceFirst("^M", "L")).append('L').append(num(x.at(n - 1)))
            .append(' ').append(zero).append("Z\" fill=\"").append(s.colour())
            .append("\" fill-opacity=\"0.25\" stroke=\"none\"/>");
      }
      svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(s.colour())
          .append("\" stroke-width=\"").append(num(s.strokeWidth()))
          .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"><title>")
          .append(Html.escape(s.name())).append("</title></path>");
    }
    return svg.append("</svg>").toString();
  }

  /** Bars per category, blue above zero and vermillion below, each with its value as a tooltip. */
  static String bars(String label, List<String> categories, double[] values, int width,
      int height,
      DoubleFunction<String> format) {
    StringBuilder svg = open(label, width, height);
    if (values.length == 0) {
      empty(svg, width, height);
      return svg.append("</svg>").toString();
    }
    double min = 0;
    double max = 0;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    Axis y = Axis.of(min, max, 6);
    Plot p = new Plot(width, height, y);
    grid(svg, p, format);
    double band = p.width() / values.length;
    double bar = Math.min(band * 0.7, 60);
    int every = (int) Math.ceil(values.length / (width / 64.0));
    double zero = p.y(0);
    for (int i = 0; i < values.length; i++) {
      double cx = LEFT + band * (i + 0.5);
      double top = Math.min(zero, p.y(values[i]));
      double h = Math.max(Math.abs(p.y(values[i]) - zero), values[i] == 0 ? 0 : 1);
      svg.append("<rect x=\"").append(num(cx - bar / 2)).append("\" y=\"").append(num(top))
          .append("\" width=\"").append(num(bar)).append("\" height=\"").append(num(h))
          .append("\" fill=\"").append(values[i] < 0 ? VERMILLION : BLUE).append("\"><title>")
          .append(Html.escape(categories.get(i))).append(": ").append(Html.escape(
              format.apply(values[i]))).append("</title></rect>");
      if (i % every == 0) {
        text(svg, cx, p.bottom() + 18, "middle", "tick", categories.get(i));
      }
    }
    line(svg, LEFT, zero, LEFT + p.width(), zero, "zero");
    return svg.append("</svg>").toString();
  }

  /** A histogram of values in bins of a round width, so that zero is a bin edge. */
  static String histogram(String label, double[] values, int width, int height,
      DoubleFunction<String> format) {
    StringBuilder svg = open(label, width, height);
    if (values.length == 0) {
      empty(svg, width, height);
      return svg.append("</svg>").toString();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int target = Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(values.length) * 1.5)));
    double step = Axis.nice((max - min) / target);
    if (!(step > 0)) {
      step = Math.max(1, Math.abs(min));
    }
    double start = Math.floor(min / step) * step;
    int bins = Math.max(1, (int) Math.floor((max - start) / step) + 1);
    int[] counts = new int[bins];
    int highest = 0;
    for (double v : values) {
      int b = Math.min(bins - 1, (int) Math.floor((v - start) / step));
      counts[b]++;
      highest = Math.max(highest, counts[b]);
    }
    Axis y = Axis.of(0, highest, 5);
    Plot p = new Plot(width, height, y);
    grid(svg, p, v -> trim(v));
    double end = start + bins * step;
    DoubleFunctionX x = i -> LEFT + p.width() * (i - start) / (end - start);
    Axis xAxis = Axis.of(start, end, Math.max(4, width / 120));
    for (double t : xAxis.ticks()) {
      if (t >= start - 1e-9 && t <= end + 1e-9) {
        double tx = LEFT + p.width() * (t - start) / (end - start);
        line(svg, tx, p.bottom(), tx, p.bottom() + 5, "axis");
        text(svg, tx, p.bottom() + 18, "middle", "tick", format.apply(t));
      }
    }
    for (int b = 0; b < bins; b++) {
      if (counts[b] == 0) {
        continue;
      }
      double lo = start + b * step;
      double x0 = x.at(lo) + 0.5;
      double x1 = x.at(lo + step) - 0.5;
      double top = p.y(counts[b]);
      svg.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(top))
          .append("\" width=\"").append(num(Math.max(1, x1 - x0))).append("\" height=\"")
          .append(num(p.bottom() - top)).append("\" fill=\"")
          .append(lo + step / 2 < 0 ? VERMILLION : BLUE).append("\"><title>")
          .append(Html.escape(format.apply(lo) + " to " + format.apply(lo + step) + ": "
              + counts[b] + (counts[b] == 1 ? " trade" : " trades")))
          .append("</title></rect>");
    }
    if (start < 0 && end > 0) {
      line(svg, x.at(0), TOP, x.at(0), p.bottom(), "zero");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String label, int width, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label))
        .append("\" preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\">");
    return svg;
  }

  private static void empty(StringBuilder svg, int width, int height) {
    text(svg, width / 2.0, height / 2.0, "middle", "empty", "no data");
  }

  private static void grid(StringBuilder svg, Plot p, DoubleFunction<String> format) {
    for (double t : p.axis().ticks()) {
      double ty = p.y(t);
      line(svg, LEFT, ty, LEFT + p.width(), ty, "grid");
      text(svg, LEFT - 8, ty + 4, "end", "tick", format.apply(t));
    }
    line(svg, LEFT, p.bottom(), LEFT + p.width(), p.bottom(), "axis");
  }

  private static void dateTicks(StringBuilder svg, Plot p, List<LocalDate> dates,
      DoubleFunctionX x) {
    int months = 0;
    for (int i = 1; i < dates.size(); i++) {
      if (monthIndex(dates.get(i)) != monthIndex(dates.get(i - 1))) {
        months++;
      }
    }
    List<Integer> at = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (months >= 2) {
      int step = 1;
      for (int s : new int[] {1, 2, 3, 6, 12, 24, 60}) {
        step = s;
        if (months / s <= 8) {
          break;
        }
      }
      for (int i = 1; i < dates.size(); i++) {
        int m = monthIndex(dates.get(i));
        if (m != monthIndex(dates.get(i - 1)) && m % step == 0) {
          at.add(i);
          LocalDate d = dates.get(i);
          labels.add(step >= 12 ? Integer.toString(d.getYear())
              : MONTHS[d.getMonthValue() - 1] + " " + d.getYear());
        }
      }
    } else {
      int every = Math.max(1, (int) Math.ceil(dates.size() / 7.0));
      for (int i = 0; i < dates.size(); i += every) {
        at.add(i);
        LocalDate d = dates.get(i);
        labels.add(MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth());
      }
    }
    for (int k = 0; k < at.size(); k++) {
      double tx = x.at(at.get(k));
      line(svg, tx, TOP, tx, p.bottom(), "vgrid");
      line(svg, tx, p.bottom(), tx, p.bottom() + 5, "axis");
      text(svg, tx, p.bottom() + 18, "middle", "tick", labels.get(k));
    }
  }

  private static int monthIndex(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  private static void line(StringBuilder svg, double x1, double y1, double x2, double y2,
      String cls) {
    svg.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
        .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
        .append("\"/>");
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String cls,
      String content) {
    svg.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"")
        .append(num(y)).append("\" text-anchor=\"").append(anchor).append("\">")
        .append(Html.escape(content)).append("</text>");
  }

  static String num(double v) {
    return Format.fixed(v, 1);
  }

  /** A position along the x axis for an index or a value. */
  @FunctionalInterface
  private interface DoubleFunctionX {
    double at(double i);
  }

  /** The plot area of a chart of some height, with its value axis. */
  private record Plot(int viewWidth, int height, Axis axis) {
    double width() {
      return viewWidth - LEFT - RIGHT;
    }

    double bottom() {
      return height - BOTTOM;
    }

    double y(double v) {
      return TOP + (bottom() - TOP) * (axis.max() - v) / (axis.max() - axis.min());
    }
  }

  /** A value axis with round ticks covering a range. */
  record Axis(double min, double max, double step) {

    static Axis of(double lo, double hi, int count) {
      double a = lo;
      double b = hi;
      if (b - a <= 0) {
        double pad = a == 0 ? 1 : Math.abs(a) * 0.05;
        a -= pad;
        b += pad;
      }
      double step = nice((b - a) / (count - 1));
      return new Axis(Math.floor(a / step) * step, Math.ceil(b / step) * step, step);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code x}. */
    static double nice(double x) {
      if (!(x > 0) || Double.isInfinite(x)) {
        return 0;
      }
      double magnitude = Math.pow(10, Math.floor(Math.log10(x)));
      double f = x / magnitude;
      double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
      return n * magnitude;
    }

    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      long count = Math.round((max - min) / step);
      for (long i = 0; i <= count; i++) {
        ticks.add(min + i * step);
      }
      return ticks;
    }
  }
}
