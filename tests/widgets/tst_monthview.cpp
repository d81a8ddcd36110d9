#include "core/Clock.h"
#include "models/MonthScheduleModel.h"
#include "widgets/MonthView.h"

#include <QAccessible>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

using namespace sams;

// The month view drives a real QTableView with mouse and keys (offscreen).
class TestMonthView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickOpensThatDay_data();
    void clickOpensThatDay();
    void arrowsAndEnter();
    void liveCountsKeepTheCurrentDay();
    void anotherMonthPicksItsFirstDay();
    void cellsFillTheView();
    void paintsTheCounts();
    void accessibleNames();

private:
    std::unique_ptr<MonthScheduleModel> m_model;
    std::unique_ptr<MonthView> m_view;
};

namespace {
QList<DayCounts> countsFor(QDate month)
{
    QList<DayCounts> days;
    const QDate first = monthGridStart(month);
    for (int i = 0; i < monthGridDays; ++i) {
        const QDate date = first.addDays(i);
        const bool sunday = date.dayOfWeek() == 7;
        days.append({date, sunday ? 0 : date.day() % 7, sunday ? 0 : 28 - date.day() % 7, date.day() == 9 ? 4 : 0,
                     date.day() == 11 ? 1 : 0, sunday ? 0 : 28 + (date.day() == 9 ? 4 : 0), sunday});
    }
    return days;
}
} // namespace

void TestMonthView::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 3, 10), QTime(15, 0), Qt::UTC));
    m_model = std::make_unique<MonthScheduleModel>();
    m_model->setMonth(QDate(2027, 3, 1), countsFor(QDate(2027, 3, 1)));
    m_view = std::make_unique<MonthView>();
    m_view->setModel(m_model.get());
    m_view->resize(1100, 620);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMonthView::cleanup()
{
    m_view.reset();
    m_model.reset();
    Clock::reset();
}

void TestMonthView::clickOpensThatDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("first cell, the 1st") << QDate(2027, 3, 1);
    QTest::newRow("today") << QDate(2027, 3, 10);
    QTest::newRow("a closed Sunday") << QDate(2027, 3, 14);
    QTest::newRow("month end") << QDate(2027, 3, 31);
    QTest::newRow("next month's day, last cell") << QDate(2027, 4, 11);
}

void TestMonthView::clickOpensThatDay()
{
    QFETCH(QDate, date);
    QSignalSpy activated(m_view.get(), &MonthView::dayActivated);
    const QRect cell = m_view->dayRect(date);
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toDate(), date);
    QCOMPARE(m_view->currentDate(), date);
}

void TestMonthView::arrowsAndEnter()
{
    QSignalSpy activated(m_view.get(), &MonthView::dayActivated);
    m_view->setFocus();
    QCOMPARE(m_view->currentDate(), QDate(2027, 3, 10)); // today, when the month holds it
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentDate(), QDate(2027, 3, 11));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentDate(), QDate(2027, 3, 18));
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->currentDate(), QDate(2027, 3, 16));
    QVERIFY(activated.isEmpty()); // moving opens nothing
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.last().first().toDate(), QDate(2027, 3, 16));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toDate(), QDate(2027, 3, 9));
}

void TestMonthView::liveCountsKeepTheCurrentDay()
{
    QVERIFY(m_view->setCurrentDate(QDate(2027, 3, 23)));
    QList<DayCounts> next = countsFor(QDate(2027, 3, 1));
    next[22].booked += 3;
    next[22].open -= 3;
    m_model->setMonth(QDate(2027, 3, 5), next);
    QCOMPARE(m_view->currentDate(), QDate(2027, 3, 23));
    QVERIFY(m_view->selectionModel()->isSelected(m_view->currentIndex()));
}

void TestMonthView::anotherMonthPicksItsFirstDay()
{
    m_model->setMonth(QDate(2027, 8, 1), countsFor(QDate(2027, 8, 1)));
    // August's grid starts on 26 July; the current day is in August.
    QCOMPARE(m_view->currentDate(), QDate(2027, 8, 1));
    QVERIFY(!m_view->setCurrentDate(QDate(2027, 3, 10)));
}

void TestMonthView::cellsFillTheView()
{
    // Readable at 1366x768: six rows and seven columns share the whole viewport.
    const QSize viewport = m_view->viewport()->size();
    const QRect first = m_view->dayRect(QDate(2027, 3, 1));
    const QRect last = m_view->dayRect(QDate(2027, 4, 11));
    QVERIFY2(viewport.width() - last.right() < 8, qPrintable(QString::number(last.right())));
    QVERIFY2(viewport.height() - last.bottom() < 8, qPrintable(QString::number(last.bottom())));
    QVERIFY(first.height() >= 80);
    QVERIFY(first.width() >= 120);
    QCOMPARE(m_view->horizontalHeader()->isVisible(), true);
    QCOMPARE(m_view->verticalHeader()->isVisible(), false);
}

void TestMonthView::paintsTheCounts()
{
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    // Not blank: the cells carry text and bars in several colours.
    const QPoint offset = m_view->viewport()->mapTo(m_view.get(), QPoint(0, 0));
    const QRect cell = m_view->dayRect(QDate(2027, 3, 11)).translated(offset);
    QSet<QRgb> colours;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
    // The displaced day has red in it; a plain day has none.
    const auto hasRed = [&](QDate date) {
        const QRect r = m_view->dayRect(date).translated(offset);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 180 && c.green() < 110 && c.blue() < 80)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(hasRed(QDate(2027, 3, 11)));
    QVERIFY(!hasRed(QDate(2027, 3, 16)));
    // A closed day is shaded, an open one white.
    const QRect sunday = m_view->dayRect(QDate(2027, 3, 14)).translated(offset);
    const QRect monday = m_view->dayRect(QDate(2027, 3, 15)).translated(offset);
    QVERIFY(image.pixelColor(sunday.right() - 6, sunday.center().y()).lightness()
            < image.pixelColor(monday.right() - 6, monday.center().y()).lightness());
}

void TestMonthView::accessibleNames()
{
    const QModelIndex cell = m_view->model()->index(1, 3); // Thursday 11 March
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Thursday 11 March: 4 booked, 24 open, 1 displaced"));
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(table);
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    QAccessibleInterface *thursday = cells->cellAt(1, 3);
    QVERIFY(thursday);
    QCOMPARE(thursday->text(QAccessible::Name), cell.data(Qt::AccessibleTextRole).toString());
}

QTEST_MAIN(TestMonthView)
#include "tst_monthview.moc"
