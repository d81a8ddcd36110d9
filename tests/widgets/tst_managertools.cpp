#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/WorklistModel.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "support/Desk.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/HoursEditorDialog.h"
#include "widgets/ImpactPreviewDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/WorklistDock.h"
#include <QUndoStack>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace sams;

// The manager's tools with real clicks and keys on both databases
// (docs/manager-guide.md): the hours editor marks a bad interval; a reduction of
// hours is previewed with the displaced customers before it is saved; the
// worklist dock then lists them and each is resolved from it: moved to an
// alternative, marked contacted with a note, cancelled with a reason.
class TestManagerTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void hoursEditorMarksABadInterval();
    void reduceHoursPreviewThenResolveTheWorklist();
    void importTheSpreadsheetFromTheDesktop();
    void productionAsksForItsNameBeforeImporting();

private:
    AppointmentId book(QDate date, const QString &time, ChairId chair, const QString &name);
    void waitIdle();
    void whenModal(const std::function<void(QWidget *)> &answer, const char *className = nullptr);
    static void typeInto(QTableWidget *table, int row, int column, const QString &text);
    void clickWorklistRow(int row);
    int worklistRows() const;

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<test::Desk> m_desk;
    MainWindow *m_window = nullptr;
    ScheduleEditor *m_editor = nullptr;
    ScheduleWorker *m_worker = nullptr;
    Store m_store;
};

namespace {
const QDate monday(2027, 1, 18); // today is Wednesday 13 January
} // namespace

void TestManagerTools::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 13), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 17 * 60}});
    m_store = chain.stores.first();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    QVERIFY(m_repository->insertChain(chain));
    m_desk = std::make_unique<test::Desk>(m_file->url(), *m_repository,
                                          SqlScheduleWriter(*m_database, QStringLiteral("t")).rights(), monday,
                                          QSize(1366, 900));
    m_window = m_desk->window();
    m_editor = m_desk->editor();
    m_worker = m_desk->worker();
    waitIdle();
}

void TestManagerTools::cleanup()
{
    m_desk.reset();
    m_repository.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

AppointmentId TestManagerTools::book(QDate date, const QString &time, ChairId chair, const QString &name)
{
    BookingRequest request;
    request.chairId = chair;
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    request.start = SlotCalculator::instantSecs(date, wall.hour() * 60 + wall.minute(), m_store.timeZone());
    Appointment details;
    details.customerName = name;
    details.customerPhone = QStringLiteral("555-01%1").arg(chair * 10 + date.day() % 10);
    const Result<AppointmentId> id
        = SqlScheduleWriter(*m_database, QStringLiteral("other")).book(m_store, request, details);
    return id ? *id : 0;
}

void TestManagerTools::waitIdle()
{
    QVERIFY(QTest::qWaitFor([&] { return !m_window->isLoading() && m_worker->pending() == 0; }, 20000));
}

void TestManagerTools::whenModal(const std::function<void(QWidget *)> &answer, const char *className)
{
    test::whenModal(this, answer, className);
}

void TestManagerTools::typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    // Click the cell, F2 to edit it, type over it, Return: as a user would.
    const QRect cell = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->currentRow(), row);
    QCOMPARE(table->currentColumn(), column);
    const auto cellEditor = [table]() -> QLineEdit * {
        for (QLineEdit *edit : table->viewport()->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                return edit;
        }
        return nullptr;
    };
    if (!cellEditor())
        QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = cellEditor();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

int TestManagerTools::worklistRows() const
{
    return m_window->worklistDock()->view()->model()->rowCount();
}

void TestManagerTools::clickWorklistRow(int row)
{
    QTreeView *view = m_window->worklistDock()->view();
    const QRect rect = view->visualRect(view->model()->index(row, WorklistModel::Customer));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestManagerTools::hoursEditorMarksABadInterval()
{
    HoursVersion opening;
    opening.id = 1;
    opening.storeId = 1;
    opening.effectiveFrom = m_store.opensOn;
    opening.setDays(1, 6, {TimeInterval{9 * 60, 17 * 60}});
    HoursEditorDialog dialog(m_store, {}, {opening}, QDate(2027, 1, 13));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The version in effect opens read-only; a new version starts from next Monday.
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("newVersionButton")), Qt::LeftButton);
    QCOMPARE(dialog.dateEdit()->date(), monday);
    QVERIFY(dialog.saveButton()->isEnabled());

    // Wednesday: a second interval overlapping the first.
    QTableWidget *table = dialog.table();
    typeInto(table, 2, 1, QStringLiteral("16:00-18:00"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(table->item(2, 1)->background().color(), QColor(255, 214, 214));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("16:00-18:00 overlaps 09:00-17:00"));
    QVERIFY(table->item(2, 0)->background() == QBrush()); // only the offending cell
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("1 interval")));
    // Closing before opening, and text that is no time, are marked the same way.
    typeInto(table, 3, 0, QStringLiteral("12:00-10:00"));
    QCOMPARE(table->item(3, 3)->text(), QStringLiteral("12:00-10:00 closes before it opens"));
    typeInto(table, 4, 0, QStringLiteral("nine to five"));
    QVERIFY(table->item(4, 3)->text().contains(QLatin1String("is not like 09:00-12:00")));
    // Corrected, with lunch as a gap and 24:00 as a close: Save again.
    typeInto(table, 2, 0, QStringLiteral("09:00-12:00"));
    typeInto(table, 2, 1, QStringLiteral("13:00-24:00"));
    typeInto(table, 3, 0, QStringLiteral("10:00-12:00"));
    typeInto(table, 4, 0, QString());
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
    const HoursVersion hours = dialog.hours();
    QCOMPARE(hours.week.at(2), (DayIntervals{{9 * 60, 12 * 60}, {13 * 60, 24 * 60}}));
    QVERIFY(hours.week.at(4).isEmpty());
    QCOMPARE(dialog.replacing(), 0);
    // A version before today is refused beside the date.
    dialog.dateEdit()->setDate(QDate(2027, 1, 12));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("past")));
}

void TestManagerTools::reduceHoursPreviewThenResolveTheWorklist()
{
    const AppointmentId kept = book(monday, QStringLiteral("10:00"), 1, QStringLiteral("Kept Early"));
    const AppointmentId a = book(monday, QStringLiteral("15:00"), 1, QStringLiteral("Ana Lima"));
    const AppointmentId b = book(monday.addDays(1), QStringLiteral("16:00"), 2, QStringLiteral("Ben Okafor"));
    const AppointmentId c = book(monday.addDays(2), QStringLiteral("14:30"), 1, QStringLiteral("Cleo Park"));
    QVERIFY(kept && a && b && c);
    WorklistDock *dock = m_window->worklistDock();
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->reloadWorklist();
    waitIdle();
    QCOMPARE(worklistRows(), 0);

    // Manage > Hours: a new version from next Monday, closing at 14:00.
    QStringList previewed;
    QString summary;
    whenModal([&](QWidget *editor) {
        auto *dialog = qobject_cast<HoursEditorDialog *>(editor);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newVersionButton")), Qt::LeftButton);
        for (int row = 0; row < 6; ++row)
            typeInto(dialog->table(), row, 0, QStringLiteral("09:00-14:00"));
        whenModal(
            [&](QWidget *preview) {
                auto *list = preview->findChild<QTreeWidget *>(QStringLiteral("displacedList"));
                QVERIFY(list);
                summary = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
                for (QTreeWidgetItemIterator it(list); *it; ++it) {
                    if ((*it)->parent())
                        previewed.append((*it)->text(3) + u'/' + (*it)->text(4));
                }
                QTest::mouseClick(preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                                  Qt::LeftButton);
            },
            "sams::ImpactPreviewDialog"); // over the editor, once the database thread has read it
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    m_window->findChild<QAction *>(QStringLiteral("hoursAction"))->trigger(); // reads, then opens the editor
    QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 10000);
    QCOMPARE(previewed,
             (QStringList{QStringLiteral("Ana Lima/555-0118"), QStringLiteral("Ben Okafor/555-0129"),
                          QStringLiteral("Cleo Park/555-0110")}));
    QVERIFY(summary.contains(QLatin1String("3 appointment(s) would be displaced")));
    QVERIFY(QTest::qWaitFor([&] { return worklistRows() == 3; }, 10000));
    waitIdle();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Worklist (3)"));
    // Nothing was moved or cancelled by the change.
    QCOMPARE(m_repository->appointment(a)->status, AppointmentStatus::Pending);

    // Move Ana to the nearest alternative (same chair, earlier that day).
    clickWorklistRow(0);
    QCOMPARE(dock->selectedItem()->appointment.id, a);
    QVERIFY(dock->alternativesList()->count() > 0);
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("moveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return worklistRows() == 2; }, 10000));
    waitIdle();
    const Appointment moved = *m_repository->appointment(a);
    QVERIFY(moved.startsAt.toTimeZone(m_store.timeZone()).time() < QTime(14, 0));
    QCOMPARE(m_editor->undoStack()->count(), 1); // undoable like a drag

    // Ben: contacted, with a note.
    clickWorklistRow(0);
    QCOMPARE(dock->selectedItem()->appointment.id, b);
    whenModal([](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Calls back Friday"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Return);
    });
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("contactedButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return worklistRows() == 1; }, 10000));
    waitIdle();
    QCOMPARE(m_repository->appointment(b)->contactNote, QStringLiteral("Calls back Friday"));

    // Cleo: cancelled with a reason.
    clickWorklistRow(0);
    QCOMPARE(dock->selectedItem()->appointment.id, c);
    whenModal([](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Cannot come earlier"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Return);
    });
    QTest::mouseClick(dock->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return worklistRows() == 0; }, 10000));
    waitIdle();
    QCOMPARE(m_repository->appointment(c)->status, AppointmentStatus::Cancelled);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Worklist (0)"));
    // The contacted one is still there for whoever asks to see it.
    dock->findChild<QCheckBox *>(QStringLiteral("showContactedCheck"))->click();
    QCOMPARE(worklistRows(), 1);
}

void TestManagerTools::importTheSpreadsheetFromTheDesktop()
{
    QString status;
    int problems = -1;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ImportDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled()); // nothing checked yet
        QTest::keyClicks(dialog->folderEdit(), QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->importButton()->isEnabled(), 10000);
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("Nothing written yet")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("diffLabel"))
                    ->text()
                    .contains(QLatin1String("stores.csv: 3 added, 0 changed")));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().startsWith(QLatin1String("Imported")), 10000);
        status = dialog->statusLabel()->text();
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 15000);
    waitIdle();
    QVERIFY(m_window->selectStore(QStringLiteral("NYC-1"))); // the store tree has the new stores
    QCOMPARE(m_repository->stores()->size(), 4);

    // A sheet with bad cells imports nothing and lists every problem.
    QTemporaryDir bad;
    QFile stores(bad.filePath(QStringLiteral("stores.csv")));
    QVERIFY(stores.open(QIODevice::WriteOnly));
    stores.write("code,name,timezone,slot_minutes,visible_from,opens_on\n"
                 "BAD-1,Bad,Mars/Olympus,7x,2027-02-30,2027-03-01\n");
    stores.close();
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ImportDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->folderEdit(), bad.path());
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problemList()->isVisible(), 10000);
        QVERIFY(!dialog->importButton()->isEnabled());
        problems = dialog->problemList()->count();
        QVERIFY(dialog->problemList()->item(0)->text().startsWith(QLatin1String("stores.csv:2: ")));
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(problems >= 0, 15000);
    QCOMPARE(problems, 3); // the zone, the slot length, the date
    QCOMPARE(m_repository->stores()->size(), 4);
}

void TestManagerTools::productionAsksForItsNameBeforeImporting()
{
    ImportDialog dialog(Environment::Production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showDryRun(ImportSummary{});
    QVERIFY(!dialog.importButton()->isEnabled());
    QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("staging"));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.confirmationEdit()->clear();
    QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("production"));
    QVERIFY(dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestManagerTools)
#include "tst_managertools.moc"
