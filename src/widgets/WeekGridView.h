#pragma once

#include "core/Appointment.h"
#include "core/Error.h"

#include <QDate>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>
#include <QWidget>

#include <optional>

namespace sams {

class WeekScheduleModel;
class WeekGridGeometry;
struct WeekSchedule;

// One store's week (seven day columns) or day (one wide column), one lane per
// chair: closed hours shaded, locks hatched, the past dimmed, appointments as
// blocks coloured by status, a line at the current time. Painted directly (see
// docs/decisions.md). It edits nothing itself: it reports what the user wants
// (move, resize, book, open, cancel, a context menu) and the editing layer applies
// it (docs/editing.md). While dragging, the target shows whether the booking rule
// allows it and why not, checked with core/BookingRules on the loaded data.
class WeekGridView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekGridView(QWidget *parent = nullptr);

    void setModel(WeekScheduleModel *model);
    WeekScheduleModel *model() const { return m_model; }
    // Whether the user may move and resize (the role's right); off: no dragging.
    void setEditable(bool editable) { m_editable = editable; }

    // The appointment row drawn at a point, or -1.
    int appointmentRowAt(const QPoint &position) const;
    // The centre of an appointment's first block (for tests and the context menu), or null.
    QPoint appointmentCenter(AppointmentId id) const;
    // The point at a store-local time of a chair lane on a shown day (for tests).
    QPoint pointAt(int day, int lane, int minute) const;

    AppointmentId selectedAppointment() const { return m_selected; }
    void selectAppointment(AppointmentId id); // 0: none; scrolls it into view
    // The keyboard cursor: a slot of a chair on a shown day.
    struct Cell {
        int day = 0;
        int lane = 0;
        int minute = 0; // store-local, start of a slot
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    std::optional<Cell> cursor() const { return m_cursor; }
    // UTC seconds of a cell's start; its chair.
    qint64 instantOf(const Cell &cell) const;
    ChairId chairOf(const Cell &cell) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(sams::AppointmentId id);
    void moveRequested(sams::AppointmentId id, sams::ChairId chair, qint64 start);
    void resizeRequested(sams::AppointmentId id, int slotCount);
    void bookRequested(sams::ChairId chair, qint64 start);
    void openRequested(sams::AppointmentId id);
    void cancelRequested(sams::AppointmentId id);
    // id 0: on free time (chair and start give the slot).
    void contextMenuRequested(sams::AppointmentId id, sams::ChairId chair, qint64 start, const QPoint &globalPos);
    // A day header was clicked in the week: open that day.
    void dayActivated(QDate date);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // A move or resize being dragged: where it would go and whether it may.
    struct Drag {
        int row = -1;
        AppointmentId id = 0;
        bool resize = false;
        bool started = false;
        QPoint pressed;
        int grabMinutes = 0; // from the block's start to where it was grabbed
        Cell target; // start of the target
        int slots = 1;
        std::optional<Error> refusal; // why the target is not allowed
    };

    void paintHeader(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintBackground(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintHourLines(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintLocks(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintPast(QPainter &painter, const WeekGridGeometry &geometry) const;
    // Block text is laid out once and kept (QStaticText): shaping the same names
    // on every paint was most of a week's paint time (docs/performance.md).
    class TextCache
    {
    public:
        void setFonts(const QFont &name, const QFont &detail);
        const QFont &font(bool name) const { return name ? m_name : m_detail; }
        qreal width(bool name, const QString &text);
        qreal lineHeight(bool name) const { return m_heights[name ? 0 : 1]; }
        // `text` elided at the right to `width` pixels.
        QString elided(bool name, const QString &text, int width);
        void draw(QPainter &painter, bool name, const QPointF &topLeft, const QString &text);

    private:
        QFont m_name;
        QFont m_detail;
        qreal m_heights[2] = {0, 0};
        QHash<QString, qreal> m_widths[2];
        QHash<QString, QStaticText> m_laidOut[2];
        QHash<QPair<QString, int>, QString> m_elided[2];
    };
    struct BlockFonts {
        TextCache *text = nullptr;
    };
    // Blocks outside `exposed` (the paint event's rectangle) are skipped.
    void paintAppointments(QPainter &painter, const WeekGridGeometry &geometry, const QRect &exposed) const;
    void paintAppointmentText(QPainter &painter, const QModelIndex &index, const QRectF &box,
                              const BlockFonts &fonts) const;
    void paintCursor(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintDrag(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintNowLine(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintNoChairs(QPainter &painter) const;
    void modelChanged();
    void rowsChanged();

    // Hit-testing and rules (WeekGridInput.cpp).
    std::optional<Cell> cellAt(const QPoint &position) const;
    int slotMinutes() const;
    // The slot containing `minute` of a lane's day, snapped to the chair's slot grid.
    int snapToSlot(int day, int lane, int minute) const;
    void updateDrag(const QPoint &position);
    std::optional<Error> refusalOf(AppointmentId id, const Cell &target, int slots) const;
    static QString shortReason(const Error &error);
    void setCursorCell(const Cell &cell);
    void moveCursor(int lanes, int slots);
    void moveSelected(int lanes, int slots);
    void resizeSelected(int slots);
    void describeCursor();
    void ensureVisible(const QRect &area);
    QString lockReasonAt(const QPoint &position) const;

    WeekScheduleModel *m_model = nullptr;
    bool m_editable = true;
    AppointmentId m_selected = 0;
    std::optional<Cell> m_cursor;
    std::optional<Drag> m_drag;
    mutable TextCache m_text;
};

} // namespace sams
