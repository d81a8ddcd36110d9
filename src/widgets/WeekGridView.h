#pragma once

#include <QWidget>

namespace sams {

class WeekScheduleModel;
class WeekGridGeometry;
struct WeekSchedule;

// A read-only week of one store: seven day columns, one lane per chair, closed
// hours shaded, locks hatched, appointments as blocks coloured by status, and a
// line at the current time. Painted directly (see docs/decisions.md).
class WeekGridView : public QWidget
{
    Q_OBJECT
public:
    explicit WeekGridView(QWidget *parent = nullptr);

    void setModel(WeekScheduleModel *model);
    WeekScheduleModel *model() const { return m_model; }

    // The appointment row drawn at a point, or -1.
    int appointmentRowAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintHeader(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintBackground(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintHourLines(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintLocks(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintAppointments(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintNowLine(QPainter &painter, const WeekGridGeometry &geometry) const;
    void paintNoChairs(QPainter &painter) const;
    void modelChanged();

    WeekScheduleModel *m_model = nullptr;
};

} // namespace sams
