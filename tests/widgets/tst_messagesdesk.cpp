// The desktop's messages (docs/notifications.md, "In the desktop") on a real
// SQLite database whose outbox the real worker filled by sending to the test
// SMTP server and SMS gateway (tests/run-all-tests.sh starts them): the outbox
// view shows every state, filters with the keyboard, retries a failed message
// and cancels a queued one with real clicks; the status bar's badge counts what
// needs a person; an appointment's details list its messages; the templates
// editor flags an unknown placeholder and saves. With SAMS_GUIDE_IMAGES set, it
// saves the guide's pictures.
#include "core/AppointmentMessages.h"
#include "core/Clock.h"
#include "models/OutboxModel.h"
#include "notify/DeliveryWorker.h"
#include "notify/SmsGateway.h"
#include "notify/SmtpMailer.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/Desk.h"
#include "support/NotifyServers.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/AppointmentDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/OutboxDialog.h"
#include "widgets/StoreMessagesDialog.h"
#include "widgets/TemplatesDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace sams;

class TestMessagesDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void outboxShowsEveryStateRetriesAndCancels();
    void appointmentDetailsListItsMessages();
    void templatesEditorFlagsAndSaves();
    void storeMessagesSetByTheManager();

private:
    AppointmentId book(QDate day, int hour, const QString &email, const QString &phone = {});
    void deliver();
    int rowOfState(OutboxState state) const;
    void clickRow(int row);
    static void save(QWidget *widget, const QString &name);

    test::NotifyServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<test::Desk> m_desk;
    OutboxDialog *m_dialog = nullptr;
};

namespace {
const QTimeZone chicago("America/Chicago");
QDateTime local(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), chicago);
}
const QDate march(2027, 3, 12);
} // namespace

void TestMessagesDesk::initTestCase()
{
    initCurl();
    QVERIFY2(m_servers.running(), test::NotifyServers::missingText);
}

void TestMessagesDesk::init()
{
    Clock::setFixed(local(QDate(2027, 3, 10), 9).toUTC());
    QVERIFY(m_servers.reset());
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    QVERIFY(m_repository->insertChain(test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{9 * 60, 17 * 60}})));
    SqlNotifyConfig config(*m_database);
    NotifySettings settings = *config.settings();
    settings.smtpUrl = m_servers.smtpUrl();
    settings.mailFrom = QStringLiteral("desk@store.example");
    settings.smsUrl = m_servers.smsUrl;
    settings.smsAccount = m_servers.smsAccount;
    settings.smsFrom = QStringLiteral("+13125550000");
    QVERIFY(config.saveSettings(settings));

    // Every state, made by the real worker against the real servers.
    book(march, 9, QStringLiteral("ana@example.com")); // sent, its reminder queued
    const AppointmentId mistake = book(march, 10, QStringLiteral("ben@example.com"));
    QVERIFY(SqlScheduleWriter(*m_database, QStringLiteral("desk")).cancel(mistake, QStringLiteral("Mistake"), 1));
    deliver(); // ana's confirmation sent; ben's booking and cancellation superseded
    m_servers.setSmtpMode(QStringLiteral("reject"));
    book(march, 11, QStringLiteral("nobody@example.com"));
    deliver(); // dead
    m_servers.setSmsMode(QStringLiteral("drop"));
    book(march, 12, {}, QStringLiteral("+13125550100"));
    deliver(); // unknown
    m_servers.setSmtpMode(QStringLiteral("tempfail"));
    book(march, 13, QStringLiteral("cleo@example.com"));
    deliver(); // retrying
    m_servers.setSmtpMode(QStringLiteral("accept"));
    m_servers.setSmsMode(QStringLiteral("accept"));
    book(QDate(2027, 3, 11), 10, QStringLiteral("dev@example.com"));
    Clock::setFixed(local(QDate(2027, 3, 10), 12, 30).toUTC()); // its 10:00 reminder is 2 h 30 late
    deliver(); // missed; the retrying one goes now, so another is made to retry
    Clock::setFixed(local(QDate(2027, 3, 10), 12, 31).toUTC());
    m_servers.setSmtpMode(QStringLiteral("tempfail"));
    book(march, 14, QStringLiteral("eva@example.com"));
    deliver();
    m_servers.setSmtpMode(QStringLiteral("accept"));

    m_desk = std::make_unique<test::Desk>(m_file->url(), *m_repository,
                                          SqlScheduleWriter(*m_database, QStringLiteral("t")).rights(), march);
    QVERIFY(!QTest::currentTestFailed());
}

void TestMessagesDesk::cleanup()
{
    m_dialog = nullptr;
    m_desk.reset();
    m_repository.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
    m_servers.setSmtpMode(QStringLiteral("accept"));
    m_servers.setSmsMode(QStringLiteral("accept"));
}

AppointmentId TestMessagesDesk::book(QDate day, int hour, const QString &email, const QString &phone)
{
    const Result<Store> store = m_repository->store(1);
    BookingRequest request;
    request.chairId = 1;
    request.start = local(day, hour).toSecsSinceEpoch();
    Appointment details;
    details.customerName = email.isEmpty() ? QStringLiteral("Text Only") : email.section(u'@', 0, 0);
    details.customerEmail = email;
    details.customerPhone = phone;
    details.service = QStringLiteral("Color");
    const Result<AppointmentId> id
        = SqlScheduleWriter(*m_database, QStringLiteral("desk")).book(*store, request, details);
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

void TestMessagesDesk::deliver()
{
    SqlOutbox outbox(*m_database, QStringLiteral("t"));
    SqlNotifyConfig config(*m_database);
    DeliveryWorker worker(
        outbox, config,
        [](const NotifySettings &n) {
            TransportSet set;
            set.mail = std::make_unique<SmtpMailer>(SmtpConfig{n.smtpUrl, false, {}, {}, 5, 10, nullptr});
            set.sms = std::make_unique<SmsGateway>(
                SmsGatewayConfig{n.smsUrl, n.smsAccount, qEnvironmentVariable("SAMS_TEST_SMS_TOKEN"), 3, nullptr});
            return set;
        },
        {});
    QVERIFY(worker.runOnce());
}

int TestMessagesDesk::rowOfState(OutboxState state) const
{
    const OutboxModel *model = m_dialog->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row).state == state)
            return row;
    }
    return -1;
}

void TestMessagesDesk::clickRow(int row)
{
    QTableView *table = m_dialog->table();
    const QModelIndex index = table->model()->index(row, OutboxModel::Kind);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
}

void TestMessagesDesk::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SAMS_GUIDE_IMAGES");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestMessagesDesk::outboxShowsEveryStateRetriesAndCancels()
{
    MainWindow *window = m_desk->window();
    // The badge counts the dead and the unknown.
    QTRY_VERIFY(window->outboxBadge()->isVisible());
    QVERIFY(window->outboxBadge()->text().contains(QStringLiteral(">2 messages need attention<")));
    save(window, QStringLiteral("messages-badge"));

    // A click on the badge opens the outbox at the failed messages.
    QLabel *badge = window->outboxBadge();
    QTest::mouseClick(badge, Qt::LeftButton, {}, badge->rect().center());
    QTRY_VERIFY(window->outboxDialog());
    m_dialog = window->outboxDialog();
    QTRY_VERIFY(m_dialog->model()->rowCount() == 1 && m_dialog->model()->entryAt(0).state == OutboxState::Dead);
    QTest::keyClick(m_dialog->stateFilter(), Qt::Key_Home); // all states again
    QVERIFY(m_dialog);
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QAbstractItemModelTester tester(m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(m_dialog->model()->rowCount() >= 10);
    for (OutboxState s : {OutboxState::Queued, OutboxState::Sent, OutboxState::Retrying, OutboxState::Dead,
                          OutboxState::Superseded, OutboxState::Unknown, OutboxState::Missed})
        QVERIFY2(rowOfState(s) >= 0, qPrintable(outboxStateName(s)));

    // The failed one: its error shows; Retry queues it again.
    const int dead = rowOfState(OutboxState::Dead);
    clickRow(dead);
    QVERIFY(m_dialog->details()->toPlainText().contains(QStringLiteral("550")));
    QVERIFY(m_dialog->retryButton()->isEnabled());
    save(m_dialog, QStringLiteral("messages-outbox"));
    const qint64 deadId = m_dialog->model()->entryAt(dead).id;
    QTest::mouseClick(m_dialog->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->model()->entryAt(m_dialog->model()->rowOf(deadId)).state, OutboxState::Queued);
    QTRY_VERIFY(window->outboxBadge()->text().contains(QStringLiteral(">1 message needs attention<")));

    // A queued reminder is cancelled: never sent.
    const int queued = rowOfState(OutboxState::Queued);
    const qint64 queuedId = m_dialog->model()->entryAt(queued).id;
    clickRow(m_dialog->model()->rowOf(queuedId));
    QVERIFY(!m_dialog->retryButton()->isEnabled());
    QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->model()->entryAt(m_dialog->model()->rowOf(queuedId)).state, OutboxState::Cancelled);

    // The state filter, with the keyboard: only the unknown SMS.
    QComboBox *state = m_dialog->stateFilter();
    state->setFocus();
    while (state->currentText() != outboxStateLabel(OutboxState::Unknown))
        QTest::keyClick(state, Qt::Key_Down);
    // Each step of the combo reads again; wait for the last one's answer.
    QTRY_VERIFY(m_dialog->model()->rowCount() == 1 && m_dialog->model()->entryAt(0).state == OutboxState::Unknown);
    QCOMPARE(m_dialog->model()->entryAt(0).message.channel, QStringLiteral("sms"));
    // A sent message is final.
    QTest::keyClick(state, Qt::Key_Home);
    QTRY_VERIFY(m_dialog->model()->rowCount() >= 10);
    clickRow(rowOfState(OutboxState::Sent));
    QVERIFY(!m_dialog->retryButton()->isEnabled());
    QVERIFY(!m_dialog->cancelButton()->isEnabled());
}

void TestMessagesDesk::appointmentDetailsListItsMessages()
{
    SqlOutbox outbox(*m_database, QStringLiteral("t"));
    const Result<QList<OutboxEntry>> ana
        = outbox.list({std::nullopt, 0, QString(), QStringLiteral("appointment"), 1, 50});
    QVERIFY(ana);
    QCOMPARE(ana->size(), 2); // the confirmation, sent; the reminder, waiting
    const Result<Appointment> appointment = m_repository->appointment(1);
    QVERIFY(appointment);
    AppointmentDialog dialog(*appointment, QStringLiteral("Station 1"), chicago, true);
    dialog.setMessages(*ana, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.messagesLabel()->isVisible());
    const QString text = dialog.messagesLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Booking confirmation to ana@example.com: <b>Sent</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reminder to ana@example.com: <b>Queued</b>")), qPrintable(text));
    save(&dialog, QStringLiteral("messages-details"));
    // The customer's own choice of channel, from the keyboard, asked for at once.
    QComboBox *choice = dialog.choiceBox();
    QVERIFY(choice->isVisible());
    QCOMPARE(choice->currentIndex(), 0); // as booked
    QSignalSpy asked(&dialog, &AppointmentDialog::contactChoiceRequested);
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QTest::keyClick(choice, Qt::Key_Down); // "SMS only"
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(asked.last().at(0).toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(asked.last().at(1).value<std::optional<ContactChoice>>(), std::optional(ContactChoice::Sms));
    dialog.setMessages(*ana, ContactChoice::None); // as read back
    QCOMPARE(choice->currentText(), QStringLiteral("No messages"));
}

void TestMessagesDesk::templatesEditorFlagsAndSaves()
{
    MainWindow *window = m_desk->window();
    QAction *open = window->findChild<QAction *>(QStringLiteral("templatesAction"));
    QVERIFY(open && open->isEnabled()); // the embedded database's owner is its admin
    open->trigger();
    TemplatesDialog *dialog = window->templatesDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("Ana Ruiz")));
    QLineEdit *subject = dialog->subjectEdit();
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("See you, {custmer}"));
    QVERIFY(dialog->warning()->text().contains(QStringLiteral("{custmer}")));
    QVERIFY(!dialog->saveButton()->isEnabled());
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(subject, Qt::Key_Backspace);
    QTest::keyClicks(subject, QStringLiteral("customer}"));
    QVERIFY(dialog->warning()->text().isEmpty());
    QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("See you, Ana Ruiz")));
    QVERIFY(dialog->saveButton()->isEnabled());
    save(dialog, QStringLiteral("messages-templates"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    SqlNotifyConfig config(*m_database);
    QTRY_VERIFY(config.messageTemplate(appointmentBookedKind, QStringLiteral("en"))->has_value());
    QCOMPARE((*config.messageTemplate(appointmentBookedKind, QStringLiteral("en")))->subject,
             QStringLiteral("See you, {customer}"));
}

void TestMessagesDesk::storeMessagesSetByTheManager()
{
    MainWindow *window = m_desk->window();
    QAction *open = window->findChild<QAction *>(QStringLiteral("storeMessagesAction"));
    QVERIFY(open && open->isEnabled());
    bool answered = false;
    test::whenModal(
        this,
        [&](QWidget *widget) {
            auto *dialog = qobject_cast<StoreMessagesDialog *>(widget);
            QVERIFY(dialog);
            QCOMPARE(dialog->reminderBox()->value(), 24.0); // the default: a day before
            dialog->senderEdit()->setFocus();
            QTest::keyClicks(dialog->senderEdit(), QStringLiteral("loop@store.example"));
            dialog->reminderBox()->selectAll();
            QTest::keyClicks(dialog->reminderBox(), QStringLiteral("48"));
            QTest::keyClick(dialog->languageBox(), Qt::Key_Down); // Spanish
            save(dialog, QStringLiteral("messages-store"));
            answered = true;
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        },
        "sams::StoreMessagesDialog");
    open->trigger();
    QTRY_VERIFY(answered);
    SqlNotifyConfig config(*m_database);
    QTRY_COMPARE(config.storeNotify(1)->mailFrom, QStringLiteral("loop@store.example"));
    const StoreNotify saved = *config.storeNotify(1);
    QCOMPARE(saved.reminderMinutes, 48 * 60);
    QCOMPARE(saved.language, QStringLiteral("es"));
    // A booking now is reminded two days before, at the same wall time.
    const AppointmentId id = book(QDate(2027, 3, 15), 10, QStringLiteral("fay@example.com"));
    SqlOutbox outbox(*m_database, QStringLiteral("t"));
    const Result<QList<OutboxEntry>> rows
        = outbox.list({std::nullopt, 0, appointmentReminderKind, QStringLiteral("appointment"), id, 10});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(rows->first().nextAttemptAt, chicago), local(QDate(2027, 3, 13), 10));
}

QTEST_MAIN(TestMessagesDesk)
#include "tst_messagesdesk.moc"
