// Calendar sync to Google Calendar and Microsoft Graph (docs/calendar-sync.md),
// against the local fakes of their documented APIs that tests/run-all-tests.sh
// starts (tests/servers/google_calendar.py, graph_calendar.py) with faults
// injected through their `faults` files: a create committed and then the
// connection dropped is retried without a second event; a Google id already
// there is adopted, one kept by a deleted event (409) moves to a new generation; 404/410 on a delete is done; 429 and
// 5xx are retried; an expired access token is refreshed (Google's answer without a new refresh token keeps the old
// one); a revoked one (invalid_grant) needs a sign-in; times carry the store's IANA zone (Google) or Windows zone
// (Graph).
#include "calendarsync/GoogleClient.h"
#include "calendarsync/GraphClient.h"
#include "calendarsync/SyncWorker.h"
#include "core/Clock.h"
#include "net/HttpClient.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sams;

class TestOAuthSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init_data();
    void init();
    void cleanup();
    void bookMoveCancelFollowOneEvent_data() { init_data(); }
    void bookMoveCancelFollowOneEvent();
    void droppedAfterCommitMakesNoSecondEvent_data() { init_data(); }
    void droppedAfterCommitMakesNoSecondEvent();
    void deletedByTheUserThenCancelledIsDone_data() { init_data(); }
    void deletedByTheUserThenCancelledIsDone();
    void rateLimitsAndServerErrorsAreRetried_data() { init_data(); }
    void rateLimitsAndServerErrorsAreRetried();
    void expiredTokenIsRefreshed_data() { init_data(); }
    void expiredTokenIsRefreshed();
    void revokedSignInNeedsSignIn_data() { init_data(); }
    void revokedSignInNeedsSignIn();
    void refreshThatFailsIsRetriedNotASignIn_data() { init_data(); }
    void refreshThatFailsIsRetriedNotASignIn();
    void takenGoogleIdIsAdoptedOrRenewed_data() // Google's client-chosen ids (Graph makes its own)
    {
        QTest::addColumn<bool>("google");
        QTest::newRow("Google Calendar") << true;
    }
    void takenGoogleIdIsAdoptedOrRenewed();
    void retryAfterInSecondsOrAsADate_data() { init_data(); }
    void retryAfterInSecondsOrAsADate();

private:
    QString base() const { return m_google ? m_googleUrl : m_graphUrl; }
    QString folder() const { return m_google ? m_googleDir : m_graphDir; }
    HttpResponse fake(const QByteArray &method, const QString &path) const;
    void fault(const QString &line) const;
    QJsonArray events(bool withDeleted = false) const; // SAMS's calendar's events
    AppointmentId book(int hour);
    int versionOf(AppointmentId id) { return SqlScheduleRepository(*m_database).appointment(id)->version; }
    SyncTally run();
    SyncEntry rowOf(AppointmentId id);

    QString m_googleUrl = qEnvironmentVariable("SAMS_TEST_GOOGLE_URL");
    QString m_googleDir = qEnvironmentVariable("SAMS_TEST_GOOGLE_DIR");
    QString m_graphUrl = qEnvironmentVariable("SAMS_TEST_GRAPH_URL");
    QString m_graphDir = qEnvironmentVariable("SAMS_TEST_GRAPH_DIR");
    QString m_client = qEnvironmentVariable("SAMS_TEST_OAUTH_CLIENT");
    bool m_google = true;
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleWriter> m_writer;
    std::unique_ptr<SqlCalendarSync> m_sync;
    Store m_store;
    CalendarAccount m_account;
    CalendarCredentials m_tokens; // as the keychain would hold them
};

namespace {
const QTimeZone chicago("America/Chicago");
const QDate monday(2027, 3, 15); // the day after spring-forward: 10:00 CDT is 15:00 UTC

void advance(qint64 seconds)
{
    Clock::setFixed(Clock::nowUtc().addSecs(seconds));
}
} // namespace

void TestOAuthSync::initTestCase()
{
    initCurl();
    QVERIFY2(!m_googleUrl.isEmpty() && !m_graphUrl.isEmpty(),
             "SAMS_TEST_GOOGLE_URL and SAMS_TEST_GRAPH_URL are unset: start the fakes with tests/calendar-servers.sh");
}

void TestOAuthSync::init_data()
{
    QTest::addColumn<bool>("google");
    QTest::newRow("Google Calendar") << true;
    QTest::newRow("Microsoft Graph") << false;
}

void TestOAuthSync::init()
{
    QFETCH(bool, google);
    m_google = google;
    QVERIFY(fake("POST", QStringLiteral("/_fake/reset")).ok());
    QFile::remove(folder() + QStringLiteral("/faults"));
    Clock::setFixed(QDateTime(QDate(2027, 3, 10), QTime(9, 0), chicago).toUTC());
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    QVERIFY(SqlScheduleRepository(*m_database)
                .insertChain(test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{9 * 60, 17 * 60}})));
    m_store = *SqlScheduleRepository(*m_database).store(1);
    m_writer = std::make_unique<SqlScheduleWriter>(*m_database, QStringLiteral("desk"));
    m_sync = std::make_unique<SqlCalendarSync>(*m_database);
    m_tokens = {};
    m_tokens.accessToken = google ? QStringLiteral("google-test-token") : QStringLiteral("graph-test-token");
    m_tokens.refreshToken = google ? QStringLiteral("google-test-refresh") : QStringLiteral("graph-test-refresh");
    m_tokens.clientId = m_client;
    m_account = {};
    m_account.provider = google ? CalendarProvider::Google : CalendarProvider::Outlook;
    m_account.accountUrl = base();
    m_account.login = QStringLiteral("tester@example.com");
    m_account.label = QStringLiteral("Work");
    m_account.stores = {1};
    std::unique_ptr<CalendarClient> client = makeCalendarClient(m_account, m_tokens, nullptr);
    const RemoteResult calendar = client->ensureCalendar(SqlNotifyConfig(*m_database).settings()->installation);
    QVERIFY2(calendar.kind == RemoteResult::Kind::Done, qPrintable(calendar.error));
    m_account.calendarRef = calendar.remoteId;
    const Result<qint64> id = m_sync->addAccount(m_account, Clock::nowUtc().toSecsSinceEpoch());
    QVERIFY(id);
    m_account.id = *id;
}

void TestOAuthSync::cleanup()
{
    QFile::remove(folder() + QStringLiteral("/faults"));
    m_sync.reset();
    m_writer.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

HttpResponse TestOAuthSync::fake(const QByteArray &method, const QString &path) const
{
    HttpRequest r;
    r.method = method;
    r.url = base() + path;
    return httpRequest(r);
}

void TestOAuthSync::fault(const QString &line) const
{
    QFile file(folder() + QStringLiteral("/faults"));
    QVERIFY(file.open(QIODevice::Append));
    file.write(line.toUtf8() + '\n');
}

QJsonArray TestOAuthSync::events(bool withDeleted) const
{
    const QJsonObject all = QJsonDocument::fromJson(fake("GET", QStringLiteral("/_fake/events")).body).object();
    QJsonArray out;
    const QJsonArray stored = all.value(QStringLiteral("calendars")).toObject().value(m_account.calendarRef).toArray();
    for (const QJsonValue e : stored) {
        if (withDeleted || !e.toObject().value(QStringLiteral("deleted")).toBool())
            out.append(e);
    }
    return out;
}

AppointmentId TestOAuthSync::book(int hour)
{
    BookingRequest request;
    request.chairId = 1;
    request.start = QDateTime(monday, QTime(hour, 0), chicago).toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Zoë Ruiz");
    details.customerPhone = QStringLiteral("+1 312 555 0101");
    details.service = QStringLiteral("Color");
    return m_writer->book(m_store, request, details).value_or(0);
}

SyncTally TestOAuthSync::run()
{
    SyncWorker::Options options;
    options.leaseSeconds = 60;
    SyncWorker worker(
        *m_sync, [this](const CalendarAccount &, bool) { return std::optional(m_tokens); },
        [this](const CalendarAccount &a, const CalendarCredentials &c,
               AbortFlag abort) -> std::unique_ptr<CalendarClient> {
            // As makeCalendarClient, the refreshed tokens kept here instead of a keychain.
            OAuthHttp http(oauthEndpoints(a.provider, a.accountUrl), c, abort,
                           [this](const CalendarCredentials &t) { m_tokens = t; });
            if (a.provider == CalendarProvider::Google)
                return std::make_unique<GoogleClient>(std::move(http), a.calendarRef);
            return std::make_unique<GraphClient>(std::move(http), a.calendarRef);
        },
        options);
    const Result<SyncTally> tally = worker.runOnce();
    if (!tally)
        qWarning() << tally.error().message;
    return tally.value_or(SyncTally{});
}

SyncEntry TestOAuthSync::rowOf(AppointmentId id)
{
    SyncFilter filter;
    filter.entity = QStringLiteral("appointment");
    filter.entityId = id;
    const Result<QList<SyncEntry>> rows = m_sync->list(filter);
    return rows && rows->size() == 1 ? rows->first() : SyncEntry{};
}

void TestOAuthSync::bookMoveCancelFollowOneEvent()
{
    const AppointmentId id = book(10);
    QCOMPARE(run().pushed, 1);
    QJsonArray now = events();
    QCOMPARE(now.size(), 1);
    QJsonObject e = now[0].toObject();
    if (m_google) {
        // Google keeps the wall time and the IANA zone as sent; the id is SAMS's.
        QCOMPARE(e[QStringLiteral("id")].toString(), rowOf(id).remoteId);
        QVERIFY(e[QStringLiteral("id")].toString().endsWith(QStringLiteral("a%1g1").arg(id)));
        QCOMPARE(e[QStringLiteral("start")].toObject()[QStringLiteral("dateTime")].toString(),
                 QStringLiteral("2027-03-15T10:00:00"));
        QCOMPARE(e[QStringLiteral("start")].toObject()[QStringLiteral("timeZone")].toString(),
                 QStringLiteral("America/Chicago"));
        QCOMPARE(e[QStringLiteral("visibility")].toString(), QStringLiteral("private"));
    } else {
        // Graph takes the wall time with the store's Windows zone id.
        QCOMPARE(e[QStringLiteral("originalStartTimeZone")].toString(), QStringLiteral("Central Standard Time"));
        QCOMPARE(e[QStringLiteral("start")].toObject()[QStringLiteral("dateTime")].toString(),
                 QStringLiteral("2027-03-15T10:00:00"));
        QCOMPARE(e[QStringLiteral("sensitivity")].toString(), QStringLiteral("private"));
    }
    QVERIFY(m_writer->reschedule(m_store, id, 2, QDateTime(monday, QTime(12, 0), chicago).toSecsSinceEpoch(), 1,
                                 versionOf(id)));
    QCOMPARE(run().pushed, 1);
    now = events();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now[0].toObject()[QStringLiteral("start")].toObject()[QStringLiteral("dateTime")].toString(),
             QStringLiteral("2027-03-15T12:00:00"));
    QVERIFY(m_writer->cancel(id, QStringLiteral("called"), versionOf(id)));
    QCOMPARE(run().deleted, 1);
    QCOMPARE(events().size(), 0);
    // Reinstated: a new generation, as Google keeps the deleted id taken.
    QVERIFY(m_writer->setStatus(m_store, id, AppointmentStatus::Confirmed, versionOf(id), QString()));
    QCOMPARE(run().pushed, 1);
    QCOMPARE(events().size(), 1);
    QCOMPARE(rowOf(id).generation, 2);
}

void TestOAuthSync::droppedAfterCommitMakesNoSecondEvent()
{
    const AppointmentId id = book(10);
    // The service makes the event, then the connection drops before the answer.
    fault(QStringLiteral("POST /events drop-after-commit"));
    SyncTally tally = run();
    QCOMPARE(tally.retrying, 1);
    QCOMPARE(events().size(), 1);
    QVERIFY(!rowOf(id).present);
    advance(3600);
    tally = run();
    QCOMPARE(tally.pushed, 1);
    // Looked up and adopted, never made twice.
    QCOMPARE(events().size(), 1);
    const SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Synced);
    QCOMPARE(row.remoteId, events()[0].toObject()[QStringLiteral("id")].toString());
}

void TestOAuthSync::deletedByTheUserThenCancelledIsDone()
{
    const AppointmentId id = book(10);
    QCOMPARE(run().pushed, 1);
    const QString remote = rowOf(id).remoteId;
    const QString query = m_google
        ? QStringLiteral("/_fake/user-delete?calendar=%1&id=%2")
              .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_account.calendarRef)),
                   QString::fromLatin1(QUrl::toPercentEncoding(remote)))
        : QStringLiteral("/_fake/user-delete?id=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(remote)));
    QVERIFY(fake("POST", query).ok());
    // Cancelled at the desk: Google answers 410, Graph 404, both mean done.
    QVERIFY(m_writer->cancel(id, QStringLiteral("called"), versionOf(id)));
    QCOMPARE(run().deleted, 1);
    QCOMPARE(rowOf(id).state, SyncState::Synced);
    QVERIFY(!rowOf(id).present);
}

void TestOAuthSync::rateLimitsAndServerErrorsAreRetried()
{
    const AppointmentId id = book(10);
    fault(QStringLiteral("POST /events 429"));
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    QCOMPARE(run().retrying, 1);
    SyncEntry row = rowOf(id);
    QCOMPARE(row.state, SyncState::Retrying);
    QVERIFY(row.nextAttemptAt >= now + 2); // at least Retry-After
    QVERIFY2(row.lastError.contains(QStringLiteral("429")), qPrintable(row.lastError));
    advance(3600);
    fault(m_google ? QStringLiteral("POST /events 403-quota") : QStringLiteral("POST /events 503"));
    QCOMPARE(run().retrying, 1);
    advance(3600);
    fault(QStringLiteral("POST /events 500"));
    QCOMPARE(run().retrying, 1);
    advance(3600);
    QCOMPARE(run().pushed, 1);
    QCOMPARE(events().size(), 1);
    QCOMPARE(rowOf(id).state, SyncState::Synced);
}

void TestOAuthSync::expiredTokenIsRefreshed()
{
    book(10);
    QVERIFY(fake("POST", QStringLiteral("/_fake/expire")).ok());
    const QString refresh = m_tokens.refreshToken;
    QCOMPARE(run().pushed, 1);
    QVERIFY(m_tokens.accessToken != QLatin1String(m_google ? "google-test-token" : "graph-test-token"));
    if (m_google)
        QCOMPARE(m_tokens.refreshToken, refresh); // Google gave none: the old one stays
    else
        QVERIFY(!m_tokens.refreshToken.isEmpty() && m_tokens.refreshToken != refresh); // Microsoft's new one kept
    QCOMPARE(events().size(), 1);
}

void TestOAuthSync::revokedSignInNeedsSignIn()
{
    const AppointmentId id = book(10);
    QVERIFY(fake("POST", QStringLiteral("/_fake/revoke")).ok());
    const SyncTally tally = run();
    QCOMPARE(tally.signIn, 1);
    QCOMPARE(tally.needSignIn, QList<qint64>{m_account.id});
    QCOMPARE(m_sync->account(m_account.id)->state, CalendarAccountState::NeedsSignIn);
    QVERIFY2(rowOf(id).lastError.contains(QStringLiteral("invalid_grant")), qPrintable(rowOf(id).lastError));
    QCOMPARE(events().size(), 0);
}

void TestOAuthSync::refreshThatFailsIsRetriedNotASignIn()
{
    const AppointmentId id = book(10);
    QVERIFY(fake("POST", QStringLiteral("/_fake/expire")).ok());
    // The sign-in server is down for a moment: that is no reason to sign in again.
    fault(m_google ? QStringLiteral("POST /token 500") : QStringLiteral("POST /token 503"));
    QCOMPARE(run().retrying, 1);
    QCOMPARE(rowOf(id).state, SyncState::Retrying);
    QCOMPARE(m_sync->account(m_account.id)->state, CalendarAccountState::Active);
    advance(3600);
    QCOMPARE(run().pushed, 1);
}

void TestOAuthSync::takenGoogleIdIsAdoptedOrRenewed()
{
    const AppointmentId id = book(10);
    const QString installation = SqlNotifyConfig(*m_database).settings()->installation;
    const QString uid = syncEventUid(installation, QStringLiteral("appointment"), id, 1);
    // The id is taken by an event already there (a restored database, a lost
    // answer): the create's 409 finds it, and SAMS adopts it.
    std::unique_ptr<CalendarClient> client = makeCalendarClient(m_account, m_tokens, nullptr);
    EventContent content;
    content.uid = uid;
    content.startUtc = QDateTime(monday, QTime(9, 0), chicago).toUTC();
    content.endUtc = content.startUtc.addSecs(3600);
    content.zoneId = "America/Chicago";
    content.summary = QStringLiteral("An old copy");
    QCOMPARE(client->create(content).kind, RemoteResult::Kind::Done);
    QCOMPARE(client->create(content).kind, RemoteResult::Kind::Exists); // Google's 409
    QCOMPARE(run().pushed, 1);
    QCOMPARE(events().size(), 1);
    QCOMPARE(events()[0].toObject()[QStringLiteral("summary")].toString(), QStringLiteral("Color – Zoë Ruiz"));
    // Deleted in Google, the id stays taken: the next create moves to a new one.
    const AppointmentId other = book(12);
    content.uid = syncEventUid(installation, QStringLiteral("appointment"), other, 1);
    QCOMPARE(client->create(content).kind, RemoteResult::Kind::Done);
    QCOMPARE(client->remove(content.uid, {}).kind, RemoteResult::Kind::Done);
    QCOMPARE(run().retrying, 1);
    QCOMPARE(rowOf(other).generation, 2);
    advance(3600);
    QCOMPARE(run().pushed, 1);
    QCOMPARE(events().size(), 2);
}

void TestOAuthSync::retryAfterInSecondsOrAsADate()
{
    HttpResponse r;
    r.status = 429;
    r.headers.insert("retry-after", "120");
    QCOMPARE(retryAfterSeconds(r, 1'800'000'000), 120);
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT" is 90 s after `now`.
    const qint64 now = QDateTime(QDate(2026, 10, 21), QTime(7, 26, 30), QTimeZone::utc()).toSecsSinceEpoch();
    r.headers.insert("retry-after", "Wed, 21 Oct 2026 07:28:00 GMT");
    QCOMPARE(retryAfterSeconds(r, now), 90);
    r.headers.insert("retry-after", "soon");
    QCOMPARE(retryAfterSeconds(r, now), 0);
}

QTEST_GUILESS_MAIN(TestOAuthSync)
#include "tst_oauthsync.moc"
