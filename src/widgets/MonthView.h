#pragma once

#include <QDate>
#include <QTableView>

namespace sams {

// One store's month over a MonthScheduleModel: six weeks of day cells that
// stretch to fill, each painted with its day number, "12 booked / 30 open",
// locked and displaced counts when there are any, and a utilisation bar
// (docs/month-view.md). Other months' days are dimmed, today outlined, closed
// days shaded. Clicking a day, or Enter on the current one, reports it; opening
// it is the window's business.
class MonthView : public QTableView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The keyboard's day (store-local); null when the model is empty.
    QDate currentDate() const;
    // Makes a shown day current; false when the grid does not show it.
    bool setCurrentDate(QDate date);
    // The cell of a shown day in viewport coordinates (for tests), or empty.
    QRect dayRect(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A day was clicked or Enter was pressed on it.
    void dayActivated(QDate date);
    // The keyboard's day moved (arrows, a click, another month).
    void currentDateChanged(QDate date);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QModelIndex indexOf(QDate date) const;
    // After another month arrives: today if shown in the month, else its 1st.
    void pickCurrentDay();
};

} // namespace sams
