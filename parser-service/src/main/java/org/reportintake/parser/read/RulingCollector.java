package org.reportintake.parser.read;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** Collects the horizontal and vertical lines a page draws (stroked paths or hairline rectangles). */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A straight line in top-down page coordinates; horizontal when y1 == y2. */
    record Segment(float x1, float y1, float x2, float y2) {
    }

    private static final float STRAIGHT = 1.0f;
    private static final float HAIRLINE = 3.0f;
    private static final int MAX_PATH_SEGMENTS = 100_000;

    private final float pageTop;
    private final List<Segment> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Segment> horizontals = new ArrayList<>();
    private final List<Segment> verticals = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();

    private final Deadline deadline;
    private int operations;

    RulingCollector(PDPage page, float pageTop, Deadline deadline) {
        super(page);
        this.pageTop = pageTop;
        this.deadline = deadline;
    }

    List<Segment> horizontals() {
        return horizontals;
    }

    List<Segment> verticals() {
        return verticals;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        line(p0, p1);
        line(p1, p2);
        line(p2, p3);
        line(p3, p0);
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {minX, minY, maxX, maxY});
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D.Float next = new Point2D.Float(x, y);
        line(current, next);
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        line(current, subpathStart);
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (Segment s : path) {
            keep(s);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // Word and LibreOffice sometimes draw borders as hairline filled rectangles.
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= HAIRLINE && w > HAIRLINE) {
                float y = (r[1] + r[3]) / 2;
                keep(new Segment(r[0], pageTop - y, r[2], pageTop - y));
            } else if (w <= HAIRLINE && h > HAIRLINE) {
                float x = (r[0] + r[2]) / 2;
                keep(new Segment(x, pageTop - r[3], x, pageTop - r[1]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; endPath follows and clears them
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no text; an image-only PDF is recognised by its missing text
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is decoration
    }

    private void line(Point2D a, Point2D b) {
        if ((++operations & 0x3FF) == 0) {
            deadline.check(); // a hostile content stream can hold millions of path operations
        }
        if (path.size() > MAX_PATH_SEGMENTS) {
            return;
        }
        path.add(new Segment((float) a.getX(), pageTop - (float) a.getY(), (float) b.getX(), pageTop - (float) b.getY()));
    }

    private void keep(Segment s) {
        if (horizontals.size() + verticals.size() > LatticeTable.MAX_SEGMENTS_PER_PAGE) {
            return;
        }
        if (Math.abs(s.y1() - s.y2()) <= STRAIGHT && Math.abs(s.x1() - s.x2()) > STRAIGHT) {
            float y = (s.y1() + s.y2()) / 2;
            horizontals.add(new Segment(Math.min(s.x1(), s.x2()), y, Math.max(s.x1(), s.x2()), y));
        } else if (Math.abs(s.x1() - s.x2()) <= STRAIGHT && Math.abs(s.y1() - s.y2()) > STRAIGHT) {
            float x = (s.x1() + s.x2()) / 2;
            verticals.add(new Segment(x, Math.min(s.y1(), s.y2()), x, Math.max(s.y1(), s.y2())));
        }
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }
}
