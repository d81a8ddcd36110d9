// Calendar sync to a real CalDAV server (docs/calendar-sync.md), on SQLite and
// PostgreSQL: Radicale, started by tests/run-all-tests.sh, user alice. The
// desktop's writers change appointments (the database's triggers raise the
// rows), the SyncWorker pushes, and the events are read back from Radicale's
// files by Python's icalendar (tests/servers/read_ics.py).
#include "calendarsync/CalDavClient.h"
#include "calendarsync/SyncWorker.h"
#include "core/Clock.h"
#include "net/HttpClient.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/CalendarServers.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace sams;

class TestCalDavSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();
    void bookMoveCancelReinstateFollowOneEvent();
    void burstOfChangesIsOnePush();
    void changeDuringAPushIsPushedAgain();
    void editInTheCalendarGivesWayToTheBooking();
    void deletedInTheCalendarStopsPushingAndKeepsTheBooking();
    void identityTakenElsewhereMovesToANewGeneration();
    void unclearCreateIsAdoptedNotDuplicated();
    void refusedLoginNeedsSignIn();
    void serverDownIsRetriedWithBackoff();
    void onlyTheDesktopHoldingTheSecretPushes();
    void whatTheEventShowsDependsOnTheCalendar();
    void foundEventIsKeptWhenItsUpdateFails();
    void ownUnclearDeleteIsNotTheUsers();
    void changeDuringAFailedPushStartsOver();
    void twoAccountsOnOneLoginKeepApart();
    void passwordNeverInClearToAnotherComputer();
    void wallTimeAcrossDstDays_data();
    void wallTimeAcrossDstDays();

private:
    void openChain(const QByteArray &zone);
    qint64 connect(const QString &password, CalendarAudience audience = CalendarAudience::Staff);
    AppointmentId book(const QDateTime &localStart, const QString &service = QStringLiteral("Color"));
    int versionOf(AppointmentId id);
    SyncTally run();
    // Pushes with a client whose next requests of `kind` fail as `fail` says
    // (after really being sent when `sent`), the real CalDAV client otherwise.
    SyncTally runFaulty(const QByteArray &kind, RemoteResult::Kind fail, bool sent);
    SyncEntry rowOf(AppointmentId id);
    QString uidOf(AppointmentId id, int generation);
    QString fileText(const QString &uid);

    test::CalendarServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleWriter> m_writer;
    std::unique_ptr<SqlCalendarSync> m_sync;
    Store m_store;
    QString m_installation;
    QString m_calendar;
    qint64 m_account = 0;
    QString m_password; // what this "desktop" holds for alice
    bool m_holdsSecret = true;
};

namespace {
const QTimeZone chicago("America/Chicago");
// "Now": the Wednesday before the US spring-forward weekend of 2027.
const QDateTime now0(QDate(2027, 3, 10), QTime(9, 0), chicago);

QDateTime local(QDate date, int hour, const QTimeZone &zone = chicago)
{
    return QDateTime(date, QTime(hour, 0), zone);
}

HttpRequest asAlice(const test::CalendarServers &servers, const QByteArray &method, const QString &url)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.user = servers.user;
    r.password = servers.password;
    return r;
}

void advance(qint64 seconds)
{
    Clock::setFixed(Clock::nowUtc().addSecs(seconds));
}

// The real client, but the first request of one kind ends as a server or a
// network may end it: refused, or sent and never answered.
class FaultyClient : public CalendarClient
{
public:
    FaultyClient(std::unique_ptr<CalendarClient> inner, QByteArray kind, RemoteResult::Kind fail, bool sent)
        : m_inner(std::move(inner))
        , m_kind(std::move(kind))
        , m_fail(fail)
        , m_sent(sent)
    { }
    RemoteResult ensureCalendar(const QString &installation) override { return m_inner->ensureCalendar(installation); }
    RemoteResult create(const EventContent &e) override
    {
        return maybe("create", [&] { return m_inner->create(e); });
    }
    RemoteResult update(const QString &id, const QString &etag, const EventContent &e) override
    {
        return maybe("update", [&] { return m_inner->update(id, etag, e); });
    }
    RemoteResult remove(const QString &id, const QString &etag) override
    {
        return maybe("remove", [&] { return m_inner->remove(id, etag); });
    }
    RemoteResult lookup(const EventContent &e) override { return m_inner->lookup(e); }
    RemoteResult removeCalendar() override { return m_inner->removeCalendar(); }
    RemoteResult checkCalendar() override { return m_inner->checkCalendar(); }

private:
    template<typename Call> RemoteResult maybe(const char *kind, Call call)
    {
        if (m_done || m_kind != kind)
            return call();
        m_done = true;
        if (m_sent)
            call();
        return {m_fail, {}, {}, QStringLiteral("injected: %1").arg(QString::fromLatin1(kind)), 0, false};
    }
    std::unique_ptr<CalendarClient> m_inner;
    QByteArray m_kind;
    RemoteResult::Kind m_fail;
    bool m_sent;
    bool m_done = false;
};
} // namespace

void TestCalDavSync::initTestCase()
{
    initCurl();
    // Never a silent skip: run through tests/run-all-tests.sh, which starts Radicale.
    QVERIFY2(m_servers.running(), test::CalendarServers::missingText);
}

void TestCalDavSync::init()
{
    Clock::setFixed(now0.toUTC());
    m_password = m_servers.password;
    m_holdsSecret = true;
    openChain("America/Chicago");
}

void TestCalDavSync::openChain(const QByteArray &zone)
{
    m_sync.reset();
    m_writer.reset();
    m_database.reset();
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChainFrom(QDate(2027, 1, 1), {TimeInterval{8 * 60, 20 * 60}});
    chain.stores[0].timeZoneId = zone;
    chain.stores[0].address = QStringLiteral("1 Main St");
    chain.hoursVersions[0].setDays(1, 7, {TimeInterval{8 * 60, 20 * 60}}); // Sundays too: DST days are Sundays
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));
    const Result<Store> store = SqlScheduleRepository(*m_database).store(1);
    QVERIFY(store);
    m_store = *store;
    m_writer = std::make_unique<SqlScheduleWriter>(*m_database, QStringLiteral("desk"));
    m_sync = std::make_unique<SqlCalendarSync>(*m_database);
    m_installation = SqlNotifyConfig(*m_database).settings()->installation;
    m_account = connect(m_servers.password);
    QVERIFY(m_account > 0);
}

void TestCalDavSync::cleanup()
{
    // Each database has its own installation id, so its own calendar in Radicale.
    m_sync.reset();
    m_writer.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestCalDavSync::connect(const QString &password, CalendarAudience audience)
{
    CalDavClient client({m_servers.caldavUrl, {}, m_servers.user, password, 10, nullptr});
    const RemoteResult calendar = client.ensureCalendar(m_installation);
    if (calendar.kind != RemoteResult::Kind::Done) {
        qWarning() << calendar.error;
        return 0;
    }
    m_calendar = calendar.remoteId;
    CalendarAccount a;
    a.provider = CalendarProvider::CalDav; // for this connection's login
    a.accountUrl = m_servers.caldavUrl;
    a.login = m_servers.user;
    a.calendarRef = m_calendar;
    a.label = QStringLiteral("Alice's calendar");
    a.audience = audience;
    a.appointments = true;
    a.orders = true;
    a.stores = {1};
    const Result<qint64> id = m_sync->addAccount(a, Clock::nowUtc().toSecsSinceEpoch());
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

AppointmentId TestCalDavSync::book(const QDateTime &localStart, const QString &service)
{
    BookingRequest request;
    request.chairId = 1;
    request.start = localStart.toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Zoë Ruiz");
    details.customerEmail = QStringLiteral("zoe@example.com");
    details.customerPhone = QStringLiteral("+1 312 555 0101");
    details.service = service;
    details.notes = QStringLiteral("Allergic to ammonia");
    const Result<AppointmentId> id = m_writer->book(m_store, request, details);
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

int TestCalDavSync::versionOf(AppointmentId id)
{
    const Result<Appointment> a = SqlScheduleRepository(*m_database).appointment(id);
    return a ? a->version : 0;
}

SyncTally TestCalDavSync::run()
{
    SyncWorker::Options options;
    options.leaseSeconds = 60;
    SyncWorker worker(
        *m_sync,
        [this](const CalendarAccount &, bool) -> std::optional<CalendarCredentials> {
            if (!m_holdsSecret)
                return std::nullopt;
            return passwordCredentials(m_password);
        },
        &makeCalendarClient, options);
    const Result<SyncTally> tally = worker.runOnce();
    if (!tally)
        qWarning() << tally.error().message;
    SyncTally failed;
    failed.pushed = failed.deleted = failed.retrying = -1;
    return tally.value_or(failed);
}

SyncTally TestCalDavSync::runFaulty(const QByteArray &kind, RemoteResult::Kind fail, bool sent)
{
    SyncWorker::Options options;
    options.leaseSeconds = 60;
    SyncWorker worker(
        *m_sync, [this](const CalendarAccount &, bool) { return std::optional(passwordCredentials(m_password)); },
        [&](const CalendarAccount &a, const CalendarCredentials &c,
            AbortFlag abort) -> std::unique_ptr<CalendarClient> {
            return std::make_unique<FaultyClient>(makeCalendarClient(a, c, abort), kind, fail, sent);
        },
        options);
    const Result<SyncTally> tally = worker.runOnce();
    if (!tally)
        qWarning() << tally.error().message;
    return tally.value_or(SyncTally{});
}

SyncEntry TestCalDavSync::rowOf(AppointmentId id)
{
    SyncFilter filter;
    filter.entity = QStringLiteral("appointment");
    filter.entityId = id;
    const Result<QList<SyncEntry>> rows = m_sync->list(filter);
    return rows && rows->size() == 1 ? rows->first() : SyncEntry{};
}

QString TestCalDavSync::uidOf(AppointmentId id, int generation)
{
    return syncEventUid(m_installation, QStringLiteral("appointment"), id, generation);
}

QString TestCalDavSync::fileText(const QString &uid)
{
    QFile file(m_servers.folderOf(m_calendar) + QLatin1Char('/') + uid + QStringLiteral(".ics"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Unfolded (RFC 5545 §3.1), so that long lines can be searched.
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("\r\n "), QString())
        .replace(QStringLiteral("\n "), QString());
}

void TestCalDavSync::bookMoveCancelReinstateFollowOneEvent()
{
    // Monday after the spring-forward Sunday: 10:00 CDT is 15:00 UTC.
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    QVERIFY(id > 0);
    QCOMPARE(run().pushed, 1);
    QJsonArray events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    QJsonObject e = events[0].toObject();
    QCOMPARE(e[QStringLiteral("uid")].toString(), uidOf(id, 1));
    QCOMPARE(e[QStringLiteral("tzid")].toString(), QStringLiteral("America/Chicago"));
    QCOMPARE(e[QStringLiteral("start_local")].toString(), QStringLiteral("2027-03-15T10:00:00"));
    QCOMPARE(e[QStringLiteral("start_utc")].toString(), QStringLiteral("2027-03-15T15:00:00Z"));
    const int firstSequence = e[QStringLiteral("sequence")].toInt();
    SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Synced);
    QVERIFY(row.present);
    QVERIFY(!row.etag.isEmpty());
    QCOMPARE(row.pushedVersion, row.wantedVersion);

    // Moved: the same event, later, with a higher SEQUENCE.
    QVERIFY(m_writer->reschedule(m_store, id, 2, local(QDate(2027, 3, 16), 11).toSecsSinceEpoch(), 1, versionOf(id)));
    QCOMPARE(run().pushed, 1);
    events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    e = events[0].toObject();
    QCOMPARE(e[QStringLiteral("uid")].toString(), uidOf(id, 1));
    QCOMPARE(e[QStringLiteral("start_local")].toString(), QStringLiteral("2027-03-16T11:00:00"));
    QVERIFY(e[QStringLiteral("sequence")].toInt() > firstSequence);
    QVERIFY(fileText(uidOf(id, 1)).contains(QStringLiteral("Chair: Station 2")));

    // Cancelled: the event goes; the next one will have a new identity.
    QVERIFY(m_writer->cancel(id, QStringLiteral("Customer called"), versionOf(id)));
    QCOMPARE(run().deleted, 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 0);
    row = rowOf(id);
    QCOMPARE(row.state, SyncState::Synced);
    QVERIFY(!row.present);
    QCOMPARE(row.generation, 2);

    // Reinstated: back under generation 2 (the calendar may keep the old id).
    QVERIFY(m_writer->setStatus(m_store, id, AppointmentStatus::Confirmed, versionOf(id), QString()));
    QCOMPARE(run().pushed, 1);
    events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].toObject()[QStringLiteral("uid")].toString(), uidOf(id, 2));
    // Nothing left to do.
    QCOMPARE(run().handled(), 0);
}

void TestCalDavSync::burstOfChangesIsOnePush()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    for (int i = 1; i <= 10; ++i) {
        Appointment details = *SqlScheduleRepository(*m_database).appointment(id);
        details.service = QStringLiteral("Color v%1").arg(i);
        QVERIFY(m_writer->updateDetails(id, details, details.version));
    }
    const SyncTally tally = run();
    QCOMPARE(tally.pushed, 1);
    QCOMPARE(tally.handled(), 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 1);
    QVERIFY(fileText(uidOf(id, 1)).contains(QStringLiteral("Service: Color v10")));
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.wantedVersion, 11);
    QCOMPARE(row.pushedVersion, 11);
}

void TestCalDavSync::changeDuringAPushIsPushedAgain()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const Result<QList<ClaimedSync>> claimed = m_sync->claim({m_account}, 10, now, 60);
    QVERIFY(claimed);
    QCOMPARE(claimed->size(), 1);
    // The booking changes while the (slow) push is on its way.
    Appointment details = *SqlScheduleRepository(*m_database).appointment(id);
    details.service = QStringLiteral("Cut");
    QVERIFY(m_writer->updateDetails(id, details, details.version));
    SyncEnd end;
    end.present = true;
    end.remoteId = QStringLiteral("somewhere");
    QVERIFY(*m_sync->finish(claimed->first().entry.id, claimed->first().token, end, now));
    SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Pending);
    QCOMPARE(row.pushedVersion, 1);
    QCOMPARE(row.wantedVersion, 2);
    // A second finish under the same token is fenced off.
    QVERIFY(!*m_sync->finish(claimed->first().entry.id, claimed->first().token, end, now));
}

void TestCalDavSync::editInTheCalendarGivesWayToTheBooking()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    QCOMPARE(run().pushed, 1);
    const SyncEntry before = rowOf(id);
    // The calendar's owner drags the event to another day in their calendar app.
    QString edited = fileText(uidOf(id, 1));
    edited.replace(QStringLiteral("20270315T100000"), QStringLiteral("20270317T100000"));
    edited.replace(QStringLiteral("20270315T110000"), QStringLiteral("20270317T110000"));
    HttpRequest put = asAlice(m_servers, "PUT", before.remoteId);
    put.headers = {{"Content-Type", "text/calendar; charset=utf-8"}};
    put.body = edited.toUtf8();
    const HttpResponse answer = httpRequest(put);
    QVERIFY2(answer.ok(), qPrintable(QString::number(answer.status)));
    QVERIFY(answer.header("etag") != before.etag.toUtf8());
    // SAMS's next push meets 412 on the old ETag, reads the event again and
    // writes the booking as it is; the booking never moved.
    Appointment details = *SqlScheduleRepository(*m_database).appointment(id);
    details.service = QStringLiteral("Cut");
    QVERIFY(m_writer->updateDetails(id, details, details.version));
    QCOMPARE(run().pushed, 1);
    const QJsonArray events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].toObject()[QStringLiteral("start_local")].toString(), QStringLiteral("2027-03-15T10:00:00"));
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(id)->startsAt, local(QDate(2027, 3, 15), 10).toUTC());
    QCOMPARE(rowOf(id).state, SyncState::Synced);
}

void TestCalDavSync::deletedInTheCalendarStopsPushingAndKeepsTheBooking()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    QCOMPARE(run().pushed, 1);
    const HttpResponse deleted = httpRequest(asAlice(m_servers, "DELETE", rowOf(id).remoteId));
    QVERIFY(deleted.ok());
    const int version = versionOf(id);
    Appointment details = *SqlScheduleRepository(*m_database).appointment(id);
    details.service = QStringLiteral("Cut");
    QVERIFY(m_writer->updateDetails(id, details, version));
    QCOMPARE(run().removedByUser, 1);
    SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Removed);
    QVERIFY(!row.present);
    // The booking is as the desk left it: the calendar never deletes it.
    const Result<Appointment> kept = SqlScheduleRepository(*m_database).appointment(id);
    QVERIFY(kept && kept->isActive());
    QCOMPARE(kept->version, version + 1);
    // Later changes are not pushed to that calendar again.
    details = *kept;
    details.service = QStringLiteral("Color");
    QVERIFY(m_writer->updateDetails(id, details, details.version));
    QCOMPARE(run().handled(), 0);
    QCOMPARE(rowOf(id).state, SyncState::Removed);
    QCOMPARE(m_servers.events(m_calendar).size(), 0);
    // Until someone asks: then it comes back under a new identity.
    QVERIFY(m_sync->retry(row.id, Clock::nowUtc().toSecsSinceEpoch()));
    QCOMPARE(run().pushed, 1);
    const QJsonArray events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].toObject()[QStringLiteral("uid")].toString(), uidOf(id, 2));
}

void TestCalDavSync::identityTakenElsewhereMovesToANewGeneration()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    // Another event in the calendar (under another name) already uses the UID
    // SAMS chose: Radicale refuses a second one with 409 (no-uid-conflict).
    EventContent foreign;
    foreign.uid = uidOf(id, 1);
    foreign.startUtc = local(QDate(2027, 3, 20), 9).toUTC();
    foreign.endUtc = foreign.startUtc.addSecs(3600);
    foreign.zoneId = "America/Chicago";
    foreign.summary = QStringLiteral("Someone else's copy");
    HttpRequest put = asAlice(m_servers, "PUT", m_calendar + QStringLiteral("someone-else.ics"));
    put.headers = {{"Content-Type", "text/calendar; charset=utf-8"}};
    put.body = CalDavClient::calendarObject(foreign);
    QVERIFY(httpRequest(put).ok());
    HttpRequest again = put;
    again.url = m_calendar + QStringLiteral("another.ics");
    QCOMPARE(httpRequest(again).status, 409);

    SyncTally tally = run();
    QCOMPARE(tally.retrying, 1);
    SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Retrying);
    QCOMPARE(row.generation, 2);
    advance(3600);
    tally = run();
    QCOMPARE(tally.pushed, 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 2);
    QVERIFY(!fileText(uidOf(id, 2)).isEmpty());
    QCOMPARE(rowOf(id).state, SyncState::Synced);
}

void TestCalDavSync::unclearCreateIsAdoptedNotDuplicated()
{
    // A worker claims the row, hands it over, creates the event... and dies
    // before recording it (kill -9, a dropped answer).
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const Result<QList<ClaimedSync>> claimed = m_sync->claim({m_account}, 10, now, 60);
    QVERIFY(claimed && claimed->size() == 1);
    QVERIFY(*m_sync->handOver(claimed->first().entry.id, claimed->first().token, now, 60));
    const Result<SyncSubject> subject = m_sync->subject(claimed->first().entry);
    QVERIFY(subject);
    CalDavClient dying({m_servers.caldavUrl, m_calendar, m_servers.user, m_servers.password, 10, nullptr});
    QCOMPARE(dying.create(*eventContent(claimed->first().entry, *subject, 1)).kind, RemoteResult::Kind::Done);

    // Its lease runs out; the next worker finds the row mid-push and looks the
    // event up before creating anything.
    advance(61);
    const SyncTally tally = run();
    QCOMPARE(tally.recovered, 1);
    QCOMPARE(tally.pushed, 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 1);
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Synced);
    QCOMPARE(row.generation, 1);
    QVERIFY(row.remoteId.endsWith(uidOf(id, 1) + QStringLiteral(".ics")));
    // The dead worker's late end is fenced off.
    QVERIFY(!*m_sync->finish(claimed->first().entry.id, claimed->first().token, SyncEnd{}, now));
}

void TestCalDavSync::refusedLoginNeedsSignIn()
{
    m_password = QStringLiteral("expired-app-password");
    const AppointmentId first = book(local(QDate(2027, 3, 15), 10));
    const AppointmentId second = book(local(QDate(2027, 3, 15), 12));
    SyncTally tally = run();
    QCOMPARE(tally.signIn, 2); // the second row ends without a request of its own
    QCOMPARE(tally.needSignIn, QList<qint64>{m_account});
    QCOMPARE(m_sync->account(m_account)->state, CalendarAccountState::NeedsSignIn);
    QVERIFY(!m_sync->account(m_account)->lastError.isEmpty());
    QCOMPARE(rowOf(first).state, SyncState::NeedsSignIn);
    QCOMPARE(rowOf(second).state, SyncState::NeedsSignIn);
    QCOMPARE(m_sync->attentionCounts()->value(m_account), 2);
    // Nothing is pushed for it until its owner signs in again.
    m_password = m_servers.password;
    QCOMPARE(run().handled(), 0);
    QVERIFY(m_sync->setAccountState(m_account, CalendarAccountState::Active, {}));
    tally = run();
    QCOMPARE(tally.pushed, 2);
    QCOMPARE(m_servers.events(m_calendar).size(), 2);
}

void TestCalDavSync::serverDownIsRetriedWithBackoff()
{
    // A port nothing listens on: the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    CalendarAccount a = *m_sync->account(m_account);
    a.calendarRef = QStringLiteral("http://127.0.0.1:%1/alice/sams/").arg(port);
    QVERIFY(m_sync->updateAccount(a, Clock::nowUtc().toSecsSinceEpoch()));
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    QCOMPARE(run().retrying, 1);
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Retrying);
    QCOMPARE(row.attempts, 1);
    QVERIFY2(row.nextAttemptAt >= now + 24 && row.nextAttemptAt <= now + 36,
             qPrintable(QString::number(row.nextAttemptAt - now)));
    QVERIFY(row.lastError.contains(QStringLiteral("could not be reached")));
    // Not due yet: nothing is tried.
    QCOMPARE(run().handled(), 0);
}

void TestCalDavSync::onlyTheDesktopHoldingTheSecretPushes()
{
    m_holdsSecret = false;
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    SyncTally tally = run();
    QCOMPARE(tally.handled(), 0);
    QVERIFY(tally.accounts.isEmpty());
    QCOMPARE(rowOf(id).state, SyncState::Pending);
    QCOMPARE(m_sync->account(m_account)->seenAt, 0);
    m_holdsSecret = true;
    tally = run();
    QCOMPARE(tally.pushed, 1);
    QCOMPARE(m_sync->account(m_account)->seenAt, Clock::nowUtc().toSecsSinceEpoch());
}

void TestCalDavSync::whatTheEventShowsDependsOnTheCalendar()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    QCOMPARE(run().pushed, 1);
    QString staff = fileText(uidOf(id, 1));
    QVERIFY(staff.contains(QStringLiteral("CLASS:PRIVATE")));
    QVERIFY(staff.contains(QStringLiteral("SUMMARY:Color – Zoë Ruiz")));
    QVERIFY(staff.contains(QStringLiteral("Phone: +1 312 555 0101")));
    QVERIFY(staff.contains(QStringLiteral("Notes: Allergic to ammonia")));
    QVERIFY(!staff.contains(QStringLiteral("METHOD:")));

    // The store keeps phone numbers out of third-party calendars.
    // Saving the switch is enough: the store's events are pushed again.
    SqlNotifyConfig config(*m_database);
    StoreNotify n = *config.storeNotify(1);
    n.calendarPhones = false;
    QVERIFY(config.saveStoreNotify(n));
    QCOMPARE(run().pushed, 1);
    staff = fileText(uidOf(id, 1));
    QVERIFY(!staff.contains(QStringLiteral("+1 312 555 0101")));
    QVERIFY(staff.contains(QStringLiteral("E-mail: zoe@example.com")));

    // A manager's calendar: who sits where, no contact details or notes.
    CalendarAccount a = *m_sync->account(m_account);
    a.audience = CalendarAudience::Manager;
    QVERIFY(m_sync->updateAccount(a, Clock::nowUtc().toSecsSinceEpoch()));
    QCOMPARE(run().pushed, 1);
    const QString manager = fileText(uidOf(id, 1));
    QVERIFY(manager.contains(QStringLiteral("SUMMARY:Zoë Ruiz (Station 1)")));
    QVERIFY(!manager.contains(QStringLiteral("zoe@example.com")));
    QVERIFY(!manager.contains(QStringLiteral("Allergic")));
}

void TestCalDavSync::foundEventIsKeptWhenItsUpdateFails()
{
    // A create went through without an answer (the worker died)...
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const Result<QList<ClaimedSync>> claimed = m_sync->claim({m_account}, 10, now, 60);
    QVERIFY(claimed && claimed->size() == 1);
    QVERIFY(*m_sync->handOver(claimed->first().entry.id, claimed->first().token, now, 60));
    CalDavClient dying({m_servers.caldavUrl, m_calendar, m_servers.user, m_servers.password, 10, nullptr});
    QCOMPARE(dying.create(*eventContent(claimed->first().entry, *m_sync->subject(claimed->first().entry), 1)).kind,
             RemoteResult::Kind::Done);
    advance(61);
    // ...the next worker finds it, and its update fails (503): what it found is kept.
    QCOMPARE(runFaulty("update", RemoteResult::Kind::Transient, false).retrying, 1);
    SyncEntry row = rowOf(id);
    QVERIFY(row.present);
    QVERIFY(row.remoteId.endsWith(uidOf(id, 1) + QStringLiteral(".ics")));
    // Cancelled now: the event SAMS made goes, not left behind.
    QVERIFY(m_writer->cancel(id, QStringLiteral("called"), versionOf(id)));
    advance(3600);
    QCOMPARE(run().deleted, 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 0);
}

void TestCalDavSync::ownUnclearDeleteIsNotTheUsers()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    QCOMPARE(run().pushed, 1);
    QVERIFY(m_writer->cancel(id, QStringLiteral("called"), versionOf(id)));
    // The delete goes through, but its answer never comes.
    QCOMPARE(runFaulty("remove", RemoteResult::Kind::Unknown, true).retrying, 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 0);
    QVERIFY(rowOf(id).present);
    // Reinstated before the retry: the 404 is SAMS's own doing, not the user's.
    QVERIFY(m_writer->setStatus(m_store, id, AppointmentStatus::Confirmed, versionOf(id), QString()));
    advance(3600);
    QCOMPARE(run().pushed, 1);
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Synced);
    const QJsonArray events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].toObject()[QStringLiteral("uid")].toString(), uidOf(id, row.generation));
    QVERIFY(row.generation > 1);
}

void TestCalDavSync::changeDuringAFailedPushStartsOver()
{
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const Result<QList<ClaimedSync>> claimed = m_sync->claim({m_account}, 10, now, 60);
    QVERIFY(claimed && claimed->size() == 1);
    Appointment details = *SqlScheduleRepository(*m_database).appointment(id);
    details.service = QStringLiteral("Cut");
    QVERIFY(m_writer->updateDetails(id, details, details.version));
    // The server refused the old version for good; the new one gets a fresh start.
    SyncEnd dead;
    dead.state = SyncState::Dead;
    dead.error = QStringLiteral("400 Bad Request");
    QVERIFY(*m_sync->finish(claimed->first().entry.id, claimed->first().token, dead, now));
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Pending);
    QCOMPARE(row.attempts, 0);
}

void TestCalDavSync::twoAccountsOnOneLoginKeepApart()
{
    const QString first = m_calendar;
    const qint64 second = connect(m_servers.password, CalendarAudience::Manager);
    QVERIFY(second > 0);
    QVERIFY(m_calendar != first); // a collection of its own
    book(local(QDate(2027, 3, 15), 10));
    QCOMPARE(run().pushed, 2);
    QCOMPARE(m_servers.events(first).size(), 1);
    QCOMPARE(m_servers.events(m_calendar).size(), 1);
    // Removing one leaves the other's calendar alone.
    CalDavClient client({m_servers.caldavUrl, m_calendar, m_servers.user, m_servers.password, 10, nullptr});
    QCOMPARE(client.removeCalendar().kind, RemoteResult::Kind::Done);
    QVERIFY(m_sync->removeAccount(second));
    QCOMPARE(m_servers.events(first).size(), 1);
}

void TestCalDavSync::passwordNeverInClearToAnotherComputer()
{
    // Nothing listens there: a request sent would fail as "could not be
    // reached"; the refusal comes first, without one.
    CalDavClient client(
        {QStringLiteral("http://calendar.example.com:1/dav/"), {}, m_servers.user, m_servers.password, 5, nullptr});
    const RemoteResult r = client.ensureCalendar(m_installation);
    QCOMPARE(r.kind, RemoteResult::Kind::Refused);
    QVERIFY2(r.error.contains(QStringLiteral("https")), qPrintable(r.error));
}

void TestCalDavSync::wallTimeAcrossDstDays_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("utc");
    // 10:00 wall time in each store's zone, the day before, of and after each change.
    QTest::newRow("Chicago, Saturday before spring-forward")
        << QByteArray("America/Chicago") << QDate(2027, 3, 13) << "2027-03-13T16:00:00Z";
    QTest::newRow("Chicago, spring-forward Sunday")
        << QByteArray("America/Chicago") << QDate(2027, 3, 14) << "2027-03-14T15:00:00Z";
    QTest::newRow("Chicago, fall-back Sunday")
        << QByteArray("America/Chicago") << QDate(2027, 11, 7) << "2027-11-07T16:00:00Z";
    QTest::newRow("Chicago, year end") << QByteArray("America/Chicago") << QDate(2027, 12, 31)
                                       << "2027-12-31T16:00:00Z";
    QTest::newRow("Berlin, Saturday before")
        << QByteArray("Europe/Berlin") << QDate(2027, 3, 27) << "2027-03-27T09:00:00Z";
    QTest::newRow("Berlin, summer time Sunday")
        << QByteArray("Europe/Berlin") << QDate(2027, 3, 28) << "2027-03-28T08:00:00Z";
    QTest::newRow("Berlin, winter time Sunday")
        << QByteArray("Europe/Berlin") << QDate(2027, 10, 31) << "2027-10-31T09:00:00Z";
    QTest::newRow("Sydney, last summer Saturday")
        << QByteArray("Australia/Sydney") << QDate(2027, 4, 3) << "2027-04-02T23:00:00Z";
    QTest::newRow("Sydney, standard time Sunday")
        << QByteArray("Australia/Sydney") << QDate(2027, 4, 4) << "2027-04-04T00:00:00Z";
    QTest::newRow("Sydney, daylight time Sunday")
        << QByteArray("Australia/Sydney") << QDate(2027, 10, 3) << "2027-10-02T23:00:00Z";
    QTest::newRow("Sydney, month end") << QByteArray("Australia/Sydney") << QDate(2027, 10, 31)
                                       << "2027-10-30T23:00:00Z";
}

void TestCalDavSync::wallTimeAcrossDstDays()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(QString, utc);
    const QTimeZone storeZone(zone);
    Clock::setFixed(QDateTime(day.addDays(-3), QTime(9, 0), storeZone).toUTC());
    openChain(zone);
    const AppointmentId id = book(local(day, 10, storeZone));
    QVERIFY(id > 0);
    QCOMPARE(run().pushed, 1);
    const QJsonArray events = m_servers.events(m_calendar);
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events[0].toObject();
    QCOMPARE(e[QStringLiteral("tzid")].toString(), QString::fromLatin1(zone));
    QCOMPARE(e[QStringLiteral("start_local")].toString(), day.toString(Qt::ISODate) + QStringLiteral("T10:00:00"));
    QCOMPARE(e[QStringLiteral("start_utc")].toString(), utc);
    QVERIFY(e[QStringLiteral("vtimezone")].toArray().contains(QString::fromLatin1(zone)));
}

QTEST_GUILESS_MAIN(TestCalDavSync)
#include "tst_caldavsync.moc"
