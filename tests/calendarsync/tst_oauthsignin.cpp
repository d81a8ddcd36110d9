// Signing in to Google and Microsoft (docs/calendar-sync.md, "Sign-in") with
// QtNetworkAuth against the local fakes of their OAuth endpoints
// (tests/calendar-servers.sh), the test playing the browser: the authorization
// URL carries an S256 PKCE challenge, the fake redirects to SAMS's loopback
// listener, the code is exchanged with the verifier (the fake checks it), and
// the tokens work against the API; a refused exchange is reported.
#include "calendarsync/OAuthSignIn.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sams;

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signsInWithPkce_data();
    void signsInWithPkce();
    void refusedExchangeIsReported_data() { signsInWithPkce_data(); }
    void refusedExchangeIsReported();
    void challengeIsRfc7636();

private:
    QNetworkAccessManager m_browser;
};

void TestOAuthSignIn::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SAMS_TEST_GOOGLE_URL") && qEnvironmentVariableIsSet("SAMS_TEST_GRAPH_URL"),
             "SAMS_TEST_GOOGLE_URL and SAMS_TEST_GRAPH_URL are unset: start the fakes with tests/calendar-servers.sh");
}

void TestOAuthSignIn::signsInWithPkce_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("folder");
    QTest::newRow("Google") << int(CalendarProvider::Google) << qEnvironmentVariable("SAMS_TEST_GOOGLE_URL")
                            << qEnvironmentVariable("SAMS_TEST_GOOGLE_DIR");
    QTest::newRow("Microsoft") << int(CalendarProvider::Outlook) << qEnvironmentVariable("SAMS_TEST_GRAPH_URL")
                               << qEnvironmentVariable("SAMS_TEST_GRAPH_DIR");
}

void TestOAuthSignIn::signsInWithPkce()
{
    QFETCH(int, provider);
    QFETCH(QString, base);
    OAuthSignIn signIn(CalendarProvider(provider), base, qEnvironmentVariable("SAMS_TEST_OAUTH_CLIENT"));
    QUrl asked;
    // The browser: follows the service's redirect to SAMS's loopback listener.
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&](const QUrl &url) {
        asked = url;
        m_browser.get(QNetworkRequest(url));
    });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QVERIFY(finished.wait(20000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const QUrlQuery query(asked);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri")).contains(QStringLiteral("127.0.0.1")));
    const auto tokens = finished.first().first().value<CalendarCredentials>();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.clientId, qEnvironmentVariable("SAMS_TEST_OAUTH_CLIENT"));
    // The tokens open the account's calendar service.
    CalendarAccount account;
    account.provider = CalendarProvider(provider);
    account.accountUrl = base;
    const std::unique_ptr<CalendarClient> client = makeCalendarClient(account, tokens, nullptr);
    const RemoteResult calendar = client->ensureCalendar(QStringLiteral("test"));
    QVERIFY2(calendar.kind == RemoteResult::Kind::Done, qPrintable(calendar.error));
}

void TestOAuthSignIn::refusedExchangeIsReported()
{
    QFETCH(int, provider);
    QFETCH(QString, base);
    QFETCH(QString, folder);
    QFile faults(folder + QStringLiteral("/faults"));
    QVERIFY(faults.open(QIODevice::WriteOnly | QIODevice::Truncate));
    faults.write("POST /token invalid_grant\n");
    faults.close();
    OAuthSignIn signIn(CalendarProvider(provider), base, qEnvironmentVariable("SAMS_TEST_OAUTH_CLIENT"));
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&](const QUrl &url) { m_browser.get(QNetworkRequest(url)); });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QVERIFY(finished.isEmpty());
    QFile::remove(folder + QStringLiteral("/faults"));
}

void TestOAuthSignIn::challengeIsRfc7636()
{
    // RFC 7636, appendix B.
    QCOMPARE(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
