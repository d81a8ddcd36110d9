#include "cli/SyncCommands.h"

#include "calendarsync/CalDavClient.h"
#include "calendarsync/CalendarSecrets.h"
#include "calendarsync/ConnectAccount.h"
#include "calendarsync/OAuthSignIn.h"
#include "calendarsync/SyncWorker.h"
#include "cli/PassLoop.h"
#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::SyncCommands)
};

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

qint64 now()
{
    return Clock::nowUtc().toSecsSinceEpoch();
}

struct Session {
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlCalendarSync> sync;
};

Result<Session> open(const CommandContext &context)
{
    auto database = context.openExisting();
    if (!database)
        return std::unexpected(database.error());
    Session s;
    s.database = std::move(*database);
    s.sync = std::make_unique<SqlCalendarSync>(*s.database);
    return s;
}

Result<qint64> idArgument(const QCommandLineParser &parser, int at, const QString &say)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(at).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::unexpected(Error::usage(say));
    return id;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

Result<QList<StoreId>> storesOption(const QCommandLineParser &parser, Database &database)
{
    SqlScheduleRepository repository(database);
    QList<StoreId> out;
    if (!parser.isSet(opt("stores"))) {
        const Result<QList<Store>> all = repository.stores();
        if (!all)
            return std::unexpected(all.error());
        for (const Store &s : *all)
            out.append(s.id);
        return out;
    }
    for (const QString &code : parser.value(opt("stores")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Result<Store> store = findStore(repository, code.trimmed());
        if (!store)
            return std::unexpected(store.error());
        out.append(store->id);
    }
    return out;
}

// The browser part of an OAuth sign-in: the address is printed for the user to
// open; the answer comes back to a loopback port, within five minutes.
Result<CalendarCredentials> signInWithBrowser(const CommandContext &context, const QCommandLineParser &parser,
                                              CalendarProvider provider, const QString &api, const QString &clientId)
{
    OAuthSignIn signIn(provider, api, clientId, parser.value(opt("client-secret")));
    QEventLoop loop;
    std::optional<Result<CalendarCredentials>> outcome;
    QObject::connect(&signIn, &OAuthSignIn::openBrowser, &loop, [&context](const QUrl &url) {
        context.out << Text::tr("Open this address in a browser and sign in:") << Qt::endl
                    << url.toString(QUrl::FullyEncoded) << Qt::endl;
    });
    QObject::connect(&signIn, &OAuthSignIn::finished, &loop, [&](const CalendarCredentials &tokens) {
        outcome = tokens;
        loop.quit();
    });
    QObject::connect(&signIn, &OAuthSignIn::failed, &loop, [&](const QString &error) {
        outcome = std::unexpected(Error::failed(Text::tr("The sign-in failed: %1").arg(error)));
        loop.quit();
    });
    signIn.start(); // ends by itself after five minutes
    if (!outcome)
        loop.exec();
    return *outcome;
}

int addAccount(const CommandContext &context, const QCommandLineParser &parser)
{
    const bool oauth = parser.isSet(opt("google")) || parser.isSet(opt("outlook"));
    CalendarAccount account;
    account.provider = parser.isSet(opt("google")) ? CalendarProvider::Google
        : parser.isSet(opt("outlook"))             ? CalendarProvider::Outlook
                                                   : CalendarProvider::CalDav;
    CalendarCredentials secret;
    if (oauth) {
        // --api names a local fake of the service (tests); the real one otherwise.
        account.accountUrl = parser.value(opt("api"));
        const QString clientId
            = parser.isSet(opt("client-id")) ? parser.value(opt("client-id")) : oauthClientId(account.provider);
        if (clientId.isEmpty())
            return context.fail(Error::usage(
                Text::tr("Say which OAuth client SAMS signs in as: --client-id, or SAMS_GOOGLE_CLIENT_ID / "
                         "SAMS_MICROSOFT_CLIENT_ID (docs/calendar-sync.md).")));
        Result<CalendarCredentials> tokens
            = signInWithBrowser(context, parser, account.provider, account.accountUrl, clientId);
        if (!tokens)
            return context.fail(tokens.error());
        secret = *tokens;
        account.login = parser.value(opt("login"));
    } else {
        const Result<QString> url = required(parser, opt("caldav"));
        if (!url)
            return context.fail(url.error());
        const Result<QString> login = required(parser, opt("login"));
        if (!login)
            return context.fail(login.error());
        if (!parser.isSet(opt("password-stdin")))
            return context.fail(Error::usage(Text::tr("Give the app password on standard input (--password-stdin).")));
        account.accountUrl = *url;
        account.login = *login;
        secret.password = readPassword();
    }
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    account.userLogin = parser.isSet(opt("user")) ? parser.value(opt("user")) : s->database->actor();
    account.label = parser.isSet(opt("label")) ? parser.value(opt("label"))
        : oauth                                ? calendarProviderLabel(account.provider)
                : Text::tr("%1 on %2").arg(account.login, QUrl(account.accountUrl).host());
    if (parser.isSet(opt("audience"))) {
        const QString audience = parser.value(opt("audience"));
        if (audience != QLatin1String("staff") && audience != QLatin1String("manager"))
            return context.fail(Error::usage(Text::tr("--audience is staff or manager, not \"%1\".").arg(audience)));
        account.audience = audience == QLatin1String("manager") ? CalendarAudience::Manager : CalendarAudience::Staff;
    }
    if (parser.isSet(opt("kinds"))) {
        const QStringList kinds = parser.value(opt("kinds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        account.appointments = kinds.contains(QLatin1String("appointments"));
        account.orders = kinds.contains(QLatin1String("orders"));
        for (const QString &k : kinds) {
            if (k != QLatin1String("appointments") && k != QLatin1String("orders"))
                return context.fail(
                    Error::usage(Text::tr("--kinds lists appointments and orders, not \"%1\".").arg(k)));
        }
    }
    const Result<QList<StoreId>> stores = storesOption(parser, *s->database);
    if (!stores)
        return context.fail(stores.error());
    account.stores = *stores;
    const Result<NotifySettings> settings = SqlNotifyConfig(*s->database).settings();
    if (!settings)
        return context.fail(settings.error());
    const Result<qint64> id = connectCalendarAccount(*s->sync, account, secret, settings->installation, now(), nullptr);
    if (!id)
        return context.fail(id.error());
    const Result<CalendarAccount> added = s->sync->account(*id);
    context.out << Text::tr("Calendar account %1 added: %2").arg(*id).arg(added ? added->calendarRef : QString())
                << Qt::endl;
    return 0;
}

int listAccounts(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    const Result<QList<CalendarAccount>> accounts = s->sync->accounts();
    if (!accounts)
        return context.fail(accounts.error());
    const Result<QHash<qint64, int>> attention = s->sync->attentionCounts();
    if (!attention)
        return context.fail(attention.error());
    if (parser.isSet(opt("json"))) {
        QJsonArray rows;
        for (const CalendarAccount &a : *accounts) {
            QJsonArray stores;
            for (StoreId id : a.stores)
                stores.append(id);
            rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("user"), a.userLogin},
                                    {QStringLiteral("provider"), calendarProviderName(a.provider)},
                                    {QStringLiteral("label"), a.label},
                                    {QStringLiteral("calendar"), a.calendarRef},
                                    {QStringLiteral("state"), calendarAccountStateName(a.state)},
                                    {QStringLiteral("error"), a.lastError},
                                    {QStringLiteral("stores"), stores},
                                    {QStringLiteral("appointments"), a.appointments},
                                    {QStringLiteral("orders"), a.orders},
                                    {QStringLiteral("seen_at"), a.seenAt},
                                    {QStringLiteral("attention"), attention->value(a.id)}});
        }
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const CalendarAccount &a : *accounts)
        context.out << a.id << '\t' << a.userLogin << '\t' << calendarProviderName(a.provider) << '\t'
                    << calendarAccountStateName(a.state) << '\t' << attention->value(a.id) << '\t' << safeText(a.label)
                    << '\t' << safeText(a.lastError) << Qt::endl;
    return 0;
}

int signIn(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<qint64> id = idArgument(parser, 2, Text::tr("Say which account: sync accounts signin ID."));
    if (!id)
        return context.fail(id.error());
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    const Result<CalendarAccount> account = s->sync->account(*id);
    if (!account)
        return context.fail(account.error());
    CalendarCredentials secret;
    if (account->provider == CalendarProvider::CalDav) {
        if (!parser.isSet(opt("password-stdin")))
            return context.fail(Error::usage(Text::tr("Give the app password on standard input (--password-stdin).")));
        secret.password = readPassword();
    } else {
        const QString clientId
            = parser.isSet(opt("client-id")) ? parser.value(opt("client-id")) : oauthClientId(account->provider);
        if (clientId.isEmpty())
            return context.fail(Error::usage(Text::tr("Say which OAuth client SAMS signs in as: --client-id, or "
                                                      "SAMS_GOOGLE_CLIENT_ID / SAMS_MICROSOFT_CLIENT_ID.")));
        Result<CalendarCredentials> tokens
            = signInWithBrowser(context, parser, account->provider, account->accountUrl, clientId);
        if (!tokens)
            return context.fail(tokens.error());
        secret = *tokens;
    }
    // Tried before it is kept: a wrong password never replaces a right one.
    const std::unique_ptr<CalendarClient> client = makeCalendarClient(*account, secret, nullptr);
    const RemoteResult reached = client->checkCalendar();
    if (reached.kind != RemoteResult::Kind::Done)
        return context.fail(Error::failed(Text::tr("The calendar server refused it: %1").arg(reached.error)));
    if (auto ok = storeCalendarCredentials(*account, secret); !ok)
        return context.fail(ok.error());
    if (auto ok = s->sync->setAccountState(*id, CalendarAccountState::Active, {}); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("Calendar account %1 is signed in again.").arg(*id) << Qt::endl;
    return 0;
}

int removeAccount(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<qint64> id = idArgument(parser, 2, Text::tr("Say which account: sync accounts remove ID."));
    if (!id)
        return context.fail(id.error());
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    if (auto ok = disconnectCalendarAccount(*s->sync, *id, nullptr); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("Calendar account %1 and SAMS's calendar in it are removed.").arg(*id) << Qt::endl;
    return 0;
}

int status(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    SyncFilter filter;
    filter.accountId = parser.value(opt("account")).toLongLong();
    if (parser.isSet(opt("state"))) {
        filter.state = parseSyncState(parser.value(opt("state")));
        if (!filter.state)
            return context.fail(
                Error::usage(Text::tr("There is no sync state \"%1\".").arg(parser.value(opt("state")))));
    }
    const Result<QList<SyncEntry>> rows = s->sync->list(filter);
    if (!rows)
        return context.fail(rows.error());
    if (parser.isSet(opt("json"))) {
        QJsonArray out;
        for (const SyncEntry &e : *rows)
            out.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("account"), e.accountId},
                                   {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("entity_id"), e.entityId},
                                   {QStringLiteral("store"), e.storeCode},
                                   {QStringLiteral("state"), syncStateName(e.state)},
                                   {QStringLiteral("generation"), e.generation},
                                   {QStringLiteral("wanted_version"), e.wantedVersion},
                                   {QStringLiteral("pushed_version"), e.pushedVersion},
                                   {QStringLiteral("present"), e.present},
                                   {QStringLiteral("remote_id"), e.remoteId},
                                   {QStringLiteral("etag"), e.etag},
                                   {QStringLiteral("attempts"), e.attempts},
                                   {QStringLiteral("next_attempt_at"), e.nextAttemptAt},
                                   {QStringLiteral("error"), e.lastError}});
        context.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const SyncEntry &e : *rows)
        context.out << e.id << '\t' << e.accountId << '\t' << e.entity << '\t' << e.entityId << '\t'
                    << syncStateName(e.state) << '\t' << e.attempts << '\t' << safeText(e.lastError) << Qt::endl;
    return 0;
}

int retry(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<qint64> id = idArgument(parser, 1, Text::tr("Say which event: sync retry ID."));
    if (!id)
        return context.fail(id.error());
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    if (auto ok = s->sync->retry(*id, now()); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("Calendar event %1 is pending again.").arg(*id) << Qt::endl;
    return 0;
}

int run(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    SyncWorker::Options options;
    options.leaseSeconds = leaseOption(parser, options.leaseSeconds);
    QString problem;
    SyncWorker worker(*s->sync, keychainCredentials(&problem), &makeCalendarClient, options);
    return runPasses(context, parser, [&]() -> Status {
        const Result<SyncTally> tally = worker.runOnce();
        if (!tally)
            return std::unexpected(tally.error());
        if (!problem.isEmpty())
            context.err << "samsctl: " << safeText(problem) << Qt::endl;
        for (qint64 account : tally->needSignIn)
            context.err << "samsctl: "
                        << Text::tr("calendar account %1 needs a new sign-in (sync accounts signin %1).").arg(account)
                        << Qt::endl;
        if (tally->handled() || tally->recovered || parser.isSet(opt("once")))
            context.out << Text::tr("pushed %1, deleted %2, unchanged %3, retrying %4, failed %5, needs sign-in %6, "
                                    "removed by the user %7, recovered %8")
                               .arg(tally->pushed)
                               .arg(tally->deleted)
                               .arg(tally->unchanged)
                               .arg(tally->retrying)
                               .arg(tally->dead)
                               .arg(tally->signIn)
                               .arg(tally->removedByUser)
                               .arg(tally->recovered)
                        << Qt::endl;
        return {};
    });
}
} // namespace

int runSync(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("verb"), Text::tr("accounts, status, retry or run"));
    parser.addOptions(
        {{opt("user"), Text::tr("The SAMS user whose calendar it is."), opt("login")},
         {opt("caldav"), Text::tr("The CalDAV server's address."), opt("url")},
         {opt("google"), Text::tr("A Google Calendar account.")},
         {opt("outlook"), Text::tr("A Microsoft Outlook account.")},
         {opt("login"), Text::tr("The CalDAV login (or the account's address, for people)."), opt("login")},
         {opt("client-id"), Text::tr("The OAuth client SAMS signs in as (Google, Outlook)."), opt("id")},
         {opt("client-secret"), Text::tr("Google\'s desktop client\'s secret."), opt("secret")},
         {opt("api"), Text::tr("A local fake of the Google or Graph API (tests)."), opt("url")},
         {opt("password-stdin"), Text::tr("Read the app password from standard input.")},
         {opt("stores"), Text::tr("The stores it follows (codes, comma-separated)."), opt("codes")},
         {opt("kinds"), Text::tr("appointments, orders, or both."), opt("kinds")},
         {opt("audience"), Text::tr("staff or manager: what its events show."), opt("audience")},
         {opt("label"), Text::tr("What to call the account."), opt("text")},
         {opt("account"), Text::tr("Only this account's events."), opt("id")},
         {opt("state"), Text::tr("Only events in this state."), opt("state")},
         {opt("json"), Text::tr("Print JSON.")}});
    addPassOptions(parser, Text::tr("Seconds a claimed event is held."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const QString sub = positional.value(1);
    int count = 1;
    if (verb == QLatin1String("retry") || (verb == QLatin1String("accounts") && sub == QLatin1String("add")))
        count = 2;
    else if (verb == QLatin1String("accounts") && !sub.isEmpty())
        count = 3;
    if (auto ok = parseArguments(parser, arguments, count); !ok)
        return context.fail(ok.error());
    if (verb == QLatin1String("accounts")) {
        if (sub.isEmpty())
            return listAccounts(context, parser);
        if (sub == QLatin1String("add"))
            return addAccount(context, parser);
        if (sub == QLatin1String("signin"))
            return signIn(context, parser);
        if (sub == QLatin1String("remove"))
            return removeAccount(context, parser);
        return context.fail(
            Error::usage(Text::tr("Say sync accounts, accounts add, accounts signin or accounts remove.")));
    }
    if (verb == QLatin1String("status"))
        return status(context, parser);
    if (verb == QLatin1String("retry"))
        return retry(context, parser);
    if (verb == QLatin1String("run"))
        return run(context, parser);
    return context.fail(Error::usage(Text::tr("Say sync accounts, status, retry or run.")));
}

} // namespace sams::cli
