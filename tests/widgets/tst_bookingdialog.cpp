#include "core/Clock.h"
#include "support/DstFixture.h"
#include "widgets/BookingDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace sams;
using test::EngineFixture;

// The "New appointment" dialog driven with real keys and clicks, offscreen.
class TestBookingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void startsAreOnlyAllowedOnes_data();
    void startsAreOnlyAllowedOnes();
    void nameComesFirst();
    void bookStaysDisabledUntilValid();
    void requestAndDetailsCarryWhatWasTyped();
    void preselectsChairAndStart();
    void chairsAreThoseInServiceThatDay();
    void firstAvailablePicksTheEarliest_data();
    void firstAvailablePicksTheEarliest();
    void overrideNeedsTheRightAndAReason();
    void anotherDayIsAskedFor();
    void refusalKeepsTheDialogOpen();
    void zoneIsNamedWhenNotTheComputers_data();
    void zoneIsNamedWhenNotTheComputers();
    void rendersTidily();
};

namespace {
const QByteArray newYork = "America/New_York";

qint64 wall(QDate day, const char *time)
{
    return test::wallInstant(newYork, day, QString::fromLatin1(time));
}

// A store open every day through the night, so that both DST nights of 2027 fall
// in its hours: 00:00-03:00 and 04:00-06:00 (the hour between is its lunch),
// 30-minute slots. On `day` Chair 1 is booked at 04:30 (one slot) and locked
// 05:00-05:30 ("Inventory"). Chairs: EngineFixture's (Chair 2 ends 2027-03-31).
EngineFixture nightStore(QDate day)
{
    EngineFixture f;
    HoursVersion hours;
    hours.id = 1;
    hours.storeId = 1;
    hours.effectiveFrom = QDate(2027, 1, 1);
    hours.setDays(1, 7, test::intervalsOf(QStringLiteral("00:00-03:00 04:00-06:00")));
    f.rules.hoursVersions = {hours};
    f.rules.locks = {{7, 1, ChairId{1}, QDateTime::fromSecsSinceEpoch(wall(day, "05:00"), Qt::UTC),
                      QDateTime::fromSecsSinceEpoch(wall(day, "05:30"), Qt::UTC), QStringLiteral("Inventory"),
                      QStringLiteral("test"), 1}};
    f.booked = {{wall(day, "04:30"), wall(day, "05:00"), 201, 1, {}}};
    return f;
}

Rights scheduler()
{
    return {QStringLiteral("scheduler"), true, false, false};
}

Rights manager()
{
    return {QStringLiteral("manager"), true, true, true};
}

template<typename T> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    Q_ASSERT(widget);
    return widget;
}

QPushButton *bookButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

// The starts offered, as store-local "HH:mm" with the zone's abbreviation.
QStringList offeredStarts(const BookingDialog &dialog)
{
    const QComboBox *starts = child<QComboBox>(dialog, "startCombo");
    QStringList out;
    for (int i = 0; i < starts->count(); ++i)
        out.append(QDateTime::fromSecsSinceEpoch(starts->itemData(i).toLongLong(), Qt::UTC)
                       .toTimeZone(QTimeZone(newYork))
                       .toString(QStringLiteral("HH:mm t")));
    return out;
}

QString problemOf(const BookingDialog &dialog)
{
    return child<QLabel>(dialog, "problemLabel")->text();
}

// Types the start of an item's text into a combo box, as a user picks from a
// closed list; after a pause, so it is not read as the end of an earlier search.
void typeInto(QComboBox *combo, const QString &text)
{
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClicks(combo, text);
}

// Clicks a checkbox on its box (a stretched checkbox ignores clicks right of its text).
void clickCheckBox(QCheckBox *check)
{
    QStyleOptionButton option;
    option.initFrom(check);
    const QRect box = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, check);
    QTest::mouseClick(check, Qt::LeftButton, {}, box.center());
}

void show(QDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}
} // namespace

void TestBookingDialog::cleanup()
{
    Clock::reset();
}

void TestBookingDialog::startsAreOnlyAllowedOnes_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("oneSlot");
    QTest::addColumn<QStringList>("twoSlots");

    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
    // "Now" is 00:40 that day: 00:00 and 00:30 are past. 03:00-04:00 is lunch,
    // 04:30 is taken, 05:00 is locked, and a run may not cross lunch or the close.
    QTest::newRow("ordinary Wednesday") << QDate(2027, 3, 10)
                                        << list("01:00 EST,01:30 EST,02:00 EST,02:30 EST,04:00 EST,05:30 EST")
                                        << list("01:00 EST,01:30 EST,02:00 EST");
    // 02:00-03:00 does not exist: 00:00-03:00 holds four slots, the last at 01:30 EST.
    QTest::newRow("spring forward") << QDate(2027, 3, 14) << list("01:00 EST,01:30 EST,04:00 EDT,05:30 EDT")
                                    << list("01:00 EST");
    // 01:00-02:00 happens twice: 00:00-03:00 holds eight slots.
    QTest::newRow("fall back") << QDate(
        2027, 11, 7) << list("01:00 EDT,01:30 EDT,01:00 EST,01:30 EST,02:00 EST,02:30 EST,04:00 EST,05:30 EST")
                               << list("01:00 EDT,01:30 EDT,01:00 EST,01:30 EST,02:00 EST");
    QTest::newRow("month end") << QDate(2027, 3, 31)
                               << list("01:00 EDT,01:30 EDT,02:00 EDT,02:30 EDT,04:00 EDT,05:30 EDT")
                               << list("01:00 EDT,01:30 EDT,02:00 EDT");
}

void TestBookingDialog::startsAreOnlyAllowedOnes()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, oneSlot);
    QFETCH(QStringList, twoSlots);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    const EngineFixture store = nightStore(day);
    BookingDialog dialog(store.schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);

    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada Lovelace"));
    QCOMPARE(offeredStarts(dialog), oneSlot);
    // Every start reads differently, even where the night repeats an hour.
    const QComboBox *starts = child<QComboBox>(dialog, "startCombo");
    QStringList texts;
    for (int i = 0; i < starts->count(); ++i)
        texts.append(starts->itemText(i));
    QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), texts.size());

    auto *length = child<QComboBox>(dialog, "lengthCombo");
    length->setFocus();
    QTest::keyClick(length, Qt::Key_Down);
    QCOMPARE(length->currentText(), QStringLiteral("2 slots (60 min)"));
    QCOMPARE(offeredStarts(dialog), twoSlots);

    // Every offer passes the booking rule itself.
    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    for (int i = 0; i < start->count(); ++i) {
        QTest::keyClick(start, Qt::Key_Down);
        QCOMPARE(start->currentIndex(), i);
        QVERIFY(checkBooking(store.schedule(), dialog.request(), Clock::nowUtc().toSecsSinceEpoch()).has_value());
    }
}

void TestBookingDialog::nameComesFirst()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "nameEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "phoneEdit"));
}

void TestBookingDialog::bookStaysDisabledUntilValid()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);
    QPushButton *book = bookButton(dialog);
    QCOMPARE(book->text(), QStringLiteral("Book"));

    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("Enter the customer's name"));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!book->isEnabled()); // spaces are no name
    QTest::keyClicks(name, QStringLiteral("Ada"));
    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("Choose a start time"));

    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Down);
    QVERIFY(book->isEnabled());
    QCOMPARE(problemOf(dialog), QString());

    auto *email = child<QLineEdit>(dialog, "emailEdit");
    QTest::keyClicks(email, QStringLiteral("ada.example.com"));
    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("Check the e-mail address: it has no @"));
    email->clear();
    QVERIFY(book->isEnabled());

    // Five slots fit nowhere that day (01:00-03:00 holds four).
    auto *length = child<QComboBox>(dialog, "lengthCombo");
    length->setFocus();
    typeInto(length, QStringLiteral("5"));
    QCOMPARE(length->currentIndex(), 4);
    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("No open start for 5 slots on Chair 1 that day"));
    QCOMPARE(start->count(), 0);

    // Pressing Return with Book disabled books nothing.
    QTest::keyClick(length, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
}

void TestBookingDialog::requestAndDetailsCarryWhatWasTyped()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);

    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral(" Ada Lovelace "));
    QTest::keyClicks(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("555-0100"));
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ada@example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog, "zipEdit"), QStringLiteral("10001"));
    QTest::keyClicks(child<QLineEdit>(dialog, "serviceEdit"), QStringLiteral("Colour"));
    QTest::keyClicks(child<QLineEdit>(dialog, "notesEdit"), QStringLiteral("Allergic to ammonia"));
    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    typeInto(start, QStringLiteral("01:30"));
    QCOMPARE(start->currentData().toLongLong(), wall(day, "01:30"));
    // A web booking from an active zip code: the start chosen stays.
    auto *channel = child<QComboBox>(dialog, "channelCombo");
    QCOMPARE(channel->currentText(), QStringLiteral("Phone"));
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(channel->currentText(), QStringLiteral("Web"));
    QCOMPARE(start->currentData().toLongLong(), wall(day, "01:30"));

    QPushButton *book = bookButton(dialog);
    QVERIFY2(book->isEnabled(), qPrintable(problemOf(dialog)));
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const BookingRequest request = dialog.request();
    QCOMPARE(request.chairId, ChairId{1});
    QCOMPARE(request.start, wall(day, "01:30"));
    QCOMPARE(request.slotCount, 1);
    QCOMPARE(request.channel, BookingChannel::Web);
    QCOMPARE(request.customerZip, QStringLiteral("10001"));
    QVERIFY(!request.overrideLock);
    QVERIFY(request.overrideReason.isEmpty());

    const Appointment details = dialog.details();
    QCOMPARE(details.customerName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(details.customerPhone, QStringLiteral("555-0100"));
    QCOMPARE(details.customerEmail, QStringLiteral("ada@example.com"));
    QCOMPARE(details.customerZip, QStringLiteral("10001"));
    QCOMPARE(details.service, QStringLiteral("Colour"));
    QCOMPARE(details.notes, QStringLiteral("Allergic to ammonia"));
    QCOMPARE(details.status, AppointmentStatus::Confirmed);
    QCOMPARE(details.channel, BookingChannel::Web);
    QCOMPARE(details.startsAt.toSecsSinceEpoch(), wall(day, "01:30"));
    QCOMPARE(details.endsAt.toSecsSinceEpoch(), wall(day, "02:00"));
}

void TestBookingDialog::preselectsChairAndStart()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    const StoreSchedule schedule = nightStore(day).schedule();
    {
        BookingDialog dialog(schedule, day, ChairId{2}, wall(day, "02:00"), scheduler());
        QCOMPARE(child<QComboBox>(dialog, "chairCombo")->currentText(), QStringLiteral("Chair 2"));
        QCOMPARE(child<QComboBox>(dialog, "startCombo")->currentData().toLongLong(), wall(day, "02:00"));
        QCOMPARE(dialog.request().chairId, ChairId{2});
    }
    {
        // A taken start is not chosen for the scheduler: they are told so.
        BookingDialog dialog(schedule, day, ChairId{1}, wall(day, "04:30"), scheduler());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada"));
        QCOMPARE(child<QComboBox>(dialog, "startCombo")->currentIndex(), -1);
        QCOMPARE(problemOf(dialog), QStringLiteral("04:30 is not free for 1 slot on Chair 1: choose another start"));
    }
}

void TestBookingDialog::chairsAreThoseInServiceThatDay()
{
    // Chair 2 ends on 2027-03-31.
    const QDate day(2027, 4, 1);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{2}, std::nullopt, scheduler());
    auto *chairs = child<QComboBox>(dialog, "chairCombo");
    QStringList names;
    for (int i = 0; i < chairs->count(); ++i)
        names.append(chairs->itemText(i));
    QCOMPARE(names, (QStringList{QStringLiteral("Chair 1"), QStringLiteral("Chair 3")}));
    QCOMPARE(dialog.request().chairId, ChairId{1});

    // The day before, Chair 2 is in service and chosen again.
    child<QDateEdit>(dialog, "dateEdit")->setDate(day.addDays(-1));
    dialog.setSchedule(nightStore(day.addDays(-1)).schedule());
    QCOMPARE(chairs->count(), 3);
    QCOMPARE(chairs->currentText(), QStringLiteral("Chair 2"));
}

void TestBookingDialog::firstAvailablePicksTheEarliest_data()
{
    QTest::addColumn<int>("scope"); // 0: this chair, 1: any chair
    QTest::addColumn<int>("slots");
    QTest::addColumn<QString>("chair");
    QTest::addColumn<QString>("start"); // empty: none that day
    QTest::addColumn<QString>("notice");

    // Chair 1 is booked 01:00-03:00 too; Chair 2 and 3 are free all day.
    QTest::newRow("this chair") << 0 << 1 << QStringLiteral("Chair 1") << QStringLiteral("04:00") << QString();
    QTest::newRow("any chair") << 1 << 1 << QStringLiteral("Chair 2") << QStringLiteral("01:00") << QString();
    QTest::newRow("this chair, too long") << 0 << 3 << QStringLiteral("Chair 1") << QString()
                                          << QStringLiteral("No open start for 3 slots on Chair 1 that day");
    QTest::newRow("any chair, longer") << 1 << 4 << QStringLiteral("Chair 2") << QStringLiteral("01:00") << QString();
    QTest::newRow("any chair, too long") << 1 << 5 << QStringLiteral("Chair 1") << QString()
                                         << QStringLiteral("No open start for 5 slots on any chair that day");
}

void TestBookingDialog::firstAvailablePicksTheEarliest()
{
    QFETCH(int, scope);
    QFETCH(int, slots);
    QFETCH(QString, chair);
    QFETCH(QString, start);
    QFETCH(QString, notice);
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    EngineFixture store = nightStore(day);
    store.booked.append({wall(day, "01:00"), wall(day, "03:00"), 202, 1, {}});
    BookingDialog dialog(store.schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);

    auto *length = child<QComboBox>(dialog, "lengthCombo");
    length->setFocus();
    for (int i = 1; i < slots; ++i)
        QTest::keyClick(length, Qt::Key_Down);
    QCOMPARE(length->currentIndex(), slots - 1);
    auto *scopeBox = child<QComboBox>(dialog, "firstAvailableScope");
    scopeBox->setFocus();
    if (scope == 1)
        QTest::keyClick(scopeBox, Qt::Key_Down);
    QCOMPARE(scopeBox->currentIndex(), scope);
    QTest::mouseClick(child<QPushButton>(dialog, "firstAvailableButton"), Qt::LeftButton);

    auto *starts = child<QComboBox>(dialog, "startCombo");
    QCOMPARE(child<QComboBox>(dialog, "chairCombo")->currentText(), chair);
    if (start.isEmpty())
        QCOMPARE(starts->currentIndex(), -1);
    else
        QCOMPARE(starts->currentData().toLongLong(), wall(day, start.toLatin1().constData()));
    auto *noticeLabel = child<QLabel>(dialog, "noticeLabel");
    QCOMPARE(noticeLabel->isVisible(), !notice.isEmpty());
    QCOMPARE(noticeLabel->text(), notice);
}

void TestBookingDialog::overrideNeedsTheRightAndAReason()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    const StoreSchedule schedule = nightStore(day).schedule();
    {
        BookingDialog dialog(schedule, day, ChairId{1}, std::nullopt, scheduler());
        show(dialog);
        QVERIFY(!child<QCheckBox>(dialog, "overrideCheck")->isVisible());
    }
    BookingDialog dialog(schedule, day, ChairId{1}, std::nullopt, manager());
    show(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada"));
    auto *check = child<QCheckBox>(dialog, "overrideCheck");
    auto *reason = child<QLineEdit>(dialog, "overrideReasonEdit");
    QVERIFY(check->isVisible());
    QVERIFY(!reason->isVisible());
    QVERIFY(!offeredStarts(dialog).contains(QStringLiteral("05:00 EST")));

    clickCheckBox(check);
    QVERIFY(check->isChecked());
    QVERIFY(reason->isVisible());
    // The locked start is offered, the taken one still not.
    QCOMPARE(offeredStarts(dialog),
             QString::fromLatin1("01:00 EST,01:30 EST,02:00 EST,02:30 EST,04:00 EST,05:00 EST,05:30 EST")
                 .split(QLatin1Char(',')));
    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    typeInto(start, QStringLiteral("05:00"));
    QCOMPARE(start->currentData().toLongLong(), wall(day, "05:00"));
    QVERIFY(start->currentText().contains(QLatin1String("Inventory")));
    QPushButton *book = bookButton(dialog);
    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("Enter the reason for booking into the locked slot"));
    QTest::keyClicks(reason, QStringLiteral("  "));
    QVERIFY(!book->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("Owner's friend"));
    QVERIFY(book->isEnabled());

    const BookingRequest request = dialog.request();
    QVERIFY(request.overrideLock);
    QVERIFY(request.mayOverrideLocks);
    QCOMPARE(request.overrideReason, QStringLiteral("Owner's friend"));
    QVERIFY(checkBooking(schedule, request, Clock::nowUtc().toSecsSinceEpoch()).has_value());

    // An open start needs no reason, and does not ask to override.
    typeInto(start, QStringLiteral("04:00"));
    QVERIFY(!dialog.request().overrideLock);

    // Without the checkbox the locked start is gone again.
    typeInto(start, QStringLiteral("05:00"));
    clickCheckBox(check);
    QVERIFY(!check->isChecked());
    QVERIFY(!offeredStarts(dialog).contains(QStringLiteral("05:00 EST")));
    QVERIFY(!book->isEnabled());
    QCOMPARE(problemOf(dialog), QStringLiteral("05:00 is not free for 1 slot on Chair 1: choose another start"));
}

void TestBookingDialog::anotherDayIsAskedFor()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{1}, wall(day, "02:00"), scheduler());
    show(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada"));
    QSignalSpy asked(&dialog, &BookingDialog::dayWanted);
    auto *date = child<QDateEdit>(dialog, "dateEdit");
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(dialog.day(), day.addDays(1));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toDate(), day.addDays(1));

    // Until the caller answers there is nothing to choose.
    QPushButton *book = bookButton(dialog);
    QVERIFY(!book->isEnabled());
    QCOMPARE(child<QComboBox>(dialog, "startCombo")->count(), 0);
    QCOMPARE(problemOf(dialog), QStringLiteral("Reading the schedule of 2027-03-11…"));

    // The next day's schedule: the same wall time is chosen there.
    dialog.setSchedule(nightStore(day.addDays(1)).schedule());
    QCOMPARE(child<QComboBox>(dialog, "startCombo")->currentData().toLongLong(), wall(day.addDays(1), "02:00"));
    QVERIFY(book->isEnabled());
    QCOMPARE(dialog.request().start, wall(day.addDays(1), "02:00"));

    // A past day offers nothing and says why.
    date->setDate(day.addDays(-1));
    dialog.setSchedule(nightStore(day.addDays(-1)).schedule());
    QCOMPARE(child<QComboBox>(dialog, "startCombo")->count(), 0);
    QCOMPARE(problemOf(dialog), QStringLiteral("2027-03-09 is in the past: choose another day"));
}

void TestBookingDialog::refusalKeepsTheDialogOpen()
{
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    BookingDialog dialog(nightStore(day).schedule(), day, ChairId{1}, wall(day, "02:00"), scheduler());
    show(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada"));
    QPushButton *book = bookButton(dialog);
    const QString refusal = QStringLiteral("Chair 1 is already booked at 02:00 on 2027-03-10.");
    bool disabledWhileBooking = false;
    connect(&dialog, &BookingDialog::bookRequested, &dialog, [&] {
        disabledWhileBooking = !book->isEnabled();
        dialog.setRefusal(refusal);
    });
    QTest::mouseClick(book, Qt::LeftButton);
    QVERIFY(disabledWhileBooking);
    QVERIFY(dialog.isVisible());
    auto *notice = child<QLabel>(dialog, "noticeLabel");
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), refusal);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Ada"));
    QVERIFY(book->isEnabled());

    // Choosing another time clears the refusal.
    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Down);
    QVERIFY(!notice->isVisible());
}

void TestBookingDialog::zoneIsNamedWhenNotTheComputers_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Chicago") << QByteArray("America/Chicago");
}

void TestBookingDialog::zoneIsNamedWhenNotTheComputers()
{
    QFETCH(QByteArray, zone);
    const QDate day(2027, 3, 10);
    Clock::setFixed(QDateTime(QDate(2027, 3, 9), QTime(12, 0), Qt::UTC));
    EngineFixture store = nightStore(day);
    store.rules.store.timeZoneId = zone;
    BookingDialog dialog(store.schedule(), day, ChairId{1}, std::nullopt, scheduler());
    show(dialog);
    auto *label = child<QLabel>(dialog, "zoneLabel");
    QCOMPARE(label->isVisible(), zone != QTimeZone::systemTimeZoneId());
    if (label->isVisible())
        QCOMPARE(label->text(), QString::fromLatin1(zone));
}

void TestBookingDialog::rendersTidily()
{
    // Fits a small laptop screen with everything shown; the picture is for people
    // to look at (/tmp/booking.png).
    const QDate day(2027, 11, 7);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(wall(day, "00:40"), Qt::UTC));
    EngineFixture store = nightStore(day);
    store.rules.store.timeZoneId = "America/Chicago";
    BookingDialog dialog(store.schedule(), day, ChairId{1}, std::nullopt, manager());
    show(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada Lovelace"));
    clickCheckBox(child<QCheckBox>(dialog, "overrideCheck"));
    // The longest text a start has: a repeated hour, locked.
    auto *start = child<QComboBox>(dialog, "startCombo");
    start->setFocus();
    while (!start->currentText().contains(QLatin1String("locked")) && start->currentIndex() + 1 < start->count())
        QTest::keyClick(start, Qt::Key_Down);
    QVERIFY(start->currentText().contains(QLatin1String("locked")));
    dialog.setRefusal(QStringLiteral("Chair 1 is already booked at 01:00 on 2027-11-07."));
    dialog.adjustSize();
    QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
    QVERIFY(dialog.grab().save(QDir::temp().filePath(QStringLiteral("booking.png"))));
}

QTEST_MAIN(TestBookingDialog)
#include "tst_bookingdialog.moc"
