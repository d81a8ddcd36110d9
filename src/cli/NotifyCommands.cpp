#include "cli/NotifyCommands.h"

#include "cli/PassLoop.h"
#include "cli/RuleOptions.h"
#include "core/Clock.h"
#include "core/TextRules.h"
#include "notify/DeliveryWorker.h"
#include "notify/NotifySecrets.h"
#include "notify/SmtpMailer.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::NotifyCommands)
};

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

QString readStdinLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

// What one invocation works with.
struct Session {
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlOutbox> outbox;
    std::unique_ptr<SqlNotifyConfig> config;
};

Result<Session> open(const CommandContext &context)
{
    auto database = context.openExisting();
    if (!database)
        return std::unexpected(database.error());
    Session s;
    s.database = std::move(*database);
    s.outbox = std::make_unique<SqlOutbox>(*s.database, s.database->actor());
    s.config = std::make_unique<SqlNotifyConfig>(*s.database);
    return s;
}

Status checkUrl(const QString &url, const QStringList &schemes, const QString &option)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || !schemes.contains(parsed.scheme()) || parsed.host().isEmpty())
        return std::unexpected(Error::usage(
            Text::tr("%1 \"%2\" is not a %3 address.").arg(option, safeText(url), schemes.join(QStringLiteral("/")))));
    // A password in the address would end up in the database and in messages.
    if (!parsed.userInfo().isEmpty())
        return std::unexpected(
            Error::usage(Text::tr("%1: give the login with --login and the secret on standard input, not in the "
                                  "address.")
                             .arg(option)));
    return {};
}

int setup(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    Result<NotifySettings> settings = s->config->settings();
    if (!settings)
        return context.fail(settings.error());
    NotifySettings n = *settings;
    QString smtpPassword;
    QString smsToken;
    if (parser.isSet(opt("smtp"))) {
        n.smtpUrl = parser.value(opt("smtp"));
        if (auto ok = checkUrl(n.smtpUrl, {opt("smtp"), opt("smtps")}, opt("--smtp")); !ok)
            return context.fail(ok.error());
        const Result<QString> from = required(parser, opt("from"));
        if (!from)
            return context.fail(from.error());
        n.mailFrom = *from;
        n.startTls = parser.isSet(opt("starttls"));
        n.smtpLogin = parser.value(opt("login"));
        if (parser.isSet(opt("password-stdin")) == n.smtpLogin.isEmpty())
            return context.fail(Error::usage(Text::tr("--login and --password-stdin go together.")));
        const bool local = isLoopbackHost(QUrl(n.smtpUrl).host());
        if (!n.smtpLogin.isEmpty() && !n.startTls && n.smtpUrl.startsWith(QLatin1String("smtp://")) && !local)
            return context.fail(
                Error::usage(Text::tr("A login needs an encrypted connection: use smtps:// or --starttls.")));
        if (!n.smtpLogin.isEmpty())
            smtpPassword = readStdinLine();
    }
    if (parser.isSet(opt("sms"))) {
        n.smsUrl = parser.value(opt("sms"));
        if (auto ok = checkUrl(n.smsUrl, {opt("http"), opt("https")}, opt("--sms")); !ok)
            return context.fail(ok.error());
        const Result<QString> account = required(parser, opt("sms-account"));
        if (!account)
            return context.fail(account.error());
        const Result<QString> from = required(parser, opt("sms-from"));
        if (!from)
            return context.fail(from.error());
        if (!parser.isSet(opt("sms-token-stdin")))
            return context.fail(
                Error::usage(Text::tr("Give the gateway's token on standard input: --sms-token-stdin.")));
        n.smsAccount = *account;
        n.smsFrom = *from;
        smsToken = readStdinLine();
    }
    if (parser.isSet(opt("max-attempts")))
        n.maxAttempts = parser.value(opt("max-attempts")).toInt();
    // Secrets first: settings pointing at a login whose password is missing would fail every send.
    if (!smtpPassword.isEmpty()) {
        if (auto ok = storeNotifySecret(NotifySecret::SmtpPassword, n.installation, smtpPassword); !ok)
            return context.fail(ok.error());
    }
    if (!smsToken.isEmpty()) {
        if (auto ok = storeNotifySecret(NotifySecret::SmsToken, n.installation, smsToken); !ok)
            return context.fail(ok.error());
    }
    if (auto ok = s->config->saveSettings(n); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("Notifications: e-mail %1, SMS %2.")
                       .arg(n.smtpUrl.isEmpty() ? Text::tr("not set up") : n.smtpUrl,
                            n.smsUrl.isEmpty() ? Text::tr("not set up") : n.smsUrl)
                << Qt::endl;
    return 0;
}

int show(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    const Result<NotifySettings> n = s->config->settings();
    if (!n)
        return context.fail(n.error());
    const QJsonObject o{
        {opt("installation"), n->installation}, {opt("smtp"), n->smtpUrl},     {opt("starttls"), n->startTls},
        {opt("login"), n->smtpLogin},           {opt("from"), n->mailFrom},    {opt("sms"), n->smsUrl},
        {opt("sms_account"), n->smsAccount},    {opt("sms_from"), n->smsFrom}, {opt("max_attempts"), n->maxAttempts}};
    if (parser.isSet(opt("json"))) {
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        context.out << it.key() << '\t' << it.value().toVariant().toString() << Qt::endl;
    return 0;
}

int storeSettings(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    SqlScheduleRepository repository(*s->database);
    const Result<StoreAndChair> target = storeAndChair(repository, parser);
    if (!target)
        return context.fail(target.error());
    Result<StoreNotify> n = s->config->storeNotify(target->store.id);
    if (!n)
        return context.fail(n.error());
    if (parser.isSet(opt("from")))
        n->mailFrom = parser.value(opt("from"));
    if (parser.isSet(opt("sms-from")))
        n->smsFrom = parser.value(opt("sms-from"));
    if (parser.isSet(opt("reminder-hours")))
        n->reminderMinutes = qRound(parser.value(opt("reminder-hours")).toDouble() * 60);
    if (parser.isSet(opt("missed-minutes")))
        n->missedMinutes = parser.value(opt("missed-minutes")).toInt();
    if (parser.isSet(opt("language")))
        n->language = parser.value(opt("language"));
    if (parser.isSet(opt("calendar-phones"))) {
        const QString value = parser.value(opt("calendar-phones"));
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return context.fail(Error::usage(Text::tr("--calendar-phones is yes or no, not \"%1\".").arg(value)));
        n->calendarPhones = value == QLatin1String("yes");
    }
    if (auto ok = s->config->saveStoreNotify(*n); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1: reminders %2 h before, missed after %3 min, in \"%4\".")
                       .arg(target->store.code)
                       .arg(n->reminderMinutes / 60.0)
                       .arg(n->missedMinutes)
                       .arg(n->language)
                << Qt::endl;
    return 0;
}

int prefer(const CommandContext &context, const QCommandLineParser &parser)
{
    const QString contact = parser.positionalArguments().value(1);
    const QString choice = parser.positionalArguments().value(2);
    static const QMap<QString, std::optional<ContactChoice>> choices{{QStringLiteral("email"), ContactChoice::Email},
                                                                     {QStringLiteral("sms"), ContactChoice::Sms},
                                                                     {QStringLiteral("none"), ContactChoice::None},
                                                                     {QStringLiteral("auto"), std::nullopt}};
    if (contact.isEmpty() || !choices.contains(choice))
        return context.fail(Error::usage(Text::tr("Say notify prefer CONTACT email|sms|none|auto.")));
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    if (auto ok = s->config->setContactChoice(contact, choices.value(choice)); !ok)
        return context.fail(ok.error());
    return 0;
}

int test(const CommandContext &context, const QCommandLineParser &parser)
{
    const Result<QString> to = required(parser, opt("email"));
    if (!to)
        return context.fail(to.error());
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    const Result<NotifySettings> n = s->config->settings();
    if (!n)
        return context.fail(n.error());
    if (n->smtpUrl.isEmpty())
        return context.fail(
            Error::usage(Text::tr("E-mail is not set up: samsctl notify setup --smtp URL --from ADDRESS.")));
    QString problem;
    TransportSet transports = keychainTransports(*n, &problem);
    if (!transports.mail)
        return context.fail(Error::failed(problem));
    MailMessage m;
    m.from = n->mailFrom;
    m.to = *to;
    m.subject = Text::tr("SAMS test message");
    m.text = Text::tr("This message shows that SAMS can send e-mail through %1.").arg(n->smtpUrl);
    m.messageId
        = QStringLiteral("<test-%1@%2.sams>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), n->installation);
    const SendOutcome outcome = transports.mail->send(m);
    if (outcome.kind != SendOutcome::Kind::Sent)
        return context.fail(Error::failed(outcome.error));
    context.out << Text::tr("Sent a test message to %1.").arg(*to) << Qt::endl;
    return 0;
}

QJsonObject entryJson(const OutboxEntry &e)
{
    const auto time = [](qint64 secs) {
        return secs ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate))
                    : QJsonValue();
    };
    return {{opt("id"), e.id},
            {opt("key"), e.message.dedupKey},
            {opt("store"), e.storeCode},
            {opt("kind"), e.message.kind},
            {opt("entity"), e.message.entity},
            {opt("entity_id"), e.message.entityId},
            {opt("channel"), e.message.channel},
            {opt("recipient"), e.message.recipient},
            {opt("state"), outboxStateName(e.state)},
            {opt("attempts"), e.attempts},
            {opt("next_attempt_at"), time(e.nextAttemptAt)},
            {opt("last_error"), e.lastError},
            {opt("created_at"), time(e.createdAt)},
            {opt("sent_at"), time(e.sentAt)},
            {opt("subject"), e.message.subject}};
}

int list(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    OutboxFilter filter;
    if (parser.isSet(opt("state"))) {
        filter.state = parseOutboxState(parser.value(opt("state")));
        if (!filter.state)
            return context.fail(Error::usage(
                Text::tr("--state \"%1\" is not a message state.").arg(safeText(parser.value(opt("state"))))));
    }
    if (parser.isSet(opt("store"))) {
        SqlScheduleRepository repository(*s->database);
        const Result<StoreAndChair> target = storeAndChair(repository, parser);
        if (!target)
            return context.fail(target.error());
        filter.store = target->store.id;
    }
    filter.kind = parser.value(opt("kind"));
    if (parser.isSet(opt("limit")))
        filter.limit = qMax(1, parser.value(opt("limit")).toInt());
    const Result<QList<OutboxEntry>> entries = s->outbox->list(filter);
    if (!entries)
        return context.fail(entries.error());
    if (parser.isSet(opt("json"))) {
        QJsonArray rows;
        for (const OutboxEntry &e : *entries)
            rows.append(entryJson(e));
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const OutboxEntry &e : *entries)
        context.out << e.id << '\t' << outboxStateName(e.state) << '\t' << e.storeCode << '\t' << e.message.kind << '\t'
                    << e.message.channel << '\t' << safeText(e.message.recipient) << '\t' << e.attempts << '\t'
                    << safeText(e.lastError) << Qt::endl;
    return 0;
}

int decide(const CommandContext &context, const QCommandLineParser &parser, bool retry)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.fail(
            Error::usage(Text::tr("Say which message: outbox %1 ID.").arg(retry ? opt("retry") : opt("cancel"))));
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    const Status done = retry ? s->outbox->retry(id, Clock::nowUtc().toSecsSinceEpoch()) : s->outbox->cancel(id);
    if (!done)
        return context.fail(done.error());
    context.out << (retry ? Text::tr("Message %1 is queued again.") : Text::tr("Message %1 is cancelled.")).arg(id)
                << Qt::endl;
    return 0;
}

int run(const CommandContext &context, const QCommandLineParser &parser)
{
    Result<Session> s = open(context);
    if (!s)
        return context.fail(s.error());
    DeliveryWorker::Options options;
    options.leaseSeconds = leaseOption(parser, options.leaseSeconds);
    QString problem;
    DeliveryWorker worker(
        *s->outbox, *s->config, [&problem](const NotifySettings &n) { return keychainTransports(n, &problem); },
        options);
    return runPasses(context, parser, [&]() -> Status {
        const Result<DeliveryTally> tally = worker.runOnce();
        if (!tally)
            return std::unexpected(tally.error());
        if (!problem.isEmpty())
            context.err << "samsctl: " << safeText(problem) << Qt::endl;
        if (tally->handled() || tally->recovered || parser.isSet(opt("once")))
            context.out << Text::tr("sent %1, retrying %2, failed %3, superseded %4, missed %5, unknown %6, "
                                    "recovered %7")
                               .arg(tally->sent)
                               .arg(tally->retrying)
                               .arg(tally->dead)
                               .arg(tally->superseded)
                               .arg(tally->missed)
                               .arg(tally->unknown)
                               .arg(tally->recovered)
                        << Qt::endl;
        return {};
    });
}
} // namespace

int runNotify(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("verb"), Text::tr("setup, show, store, prefer or test"));
    parser.addOptions({{opt("smtp"), Text::tr("The SMTP server."), opt("smtp[s]://host:port")},
                       {opt("starttls"), Text::tr("Require STARTTLS.")},
                       {opt("login"), Text::tr("The SMTP login."), opt("login")},
                       {opt("password-stdin"), Text::tr("Read the SMTP password from standard input.")},
                       {opt("from"), Text::tr("The sender's address."), opt("address")},
                       {opt("sms"), Text::tr("The SMS gateway's base URL."), opt("url")},
                       {opt("sms-account"), Text::tr("The gateway account."), opt("id")},
                       {opt("sms-token-stdin"), Text::tr("Read the gateway token from standard input.")},
                       {opt("sms-from"), Text::tr("The sender's number."), opt("number")},
                       {opt("max-attempts"), Text::tr("Attempts before a message is given up."), opt("n")},
                       {opt("store"), Text::tr("The store."), opt("code")},
                       {opt("reminder-hours"), Text::tr("Reminder lead."), opt("hours")},
                       {opt("missed-minutes"), Text::tr("How late a reminder may still go."), opt("minutes")},
                       {opt("language"), Text::tr("The customers' language."), opt("lang")},
                       {opt("calendar-phones"), Text::tr("Phone numbers in staff's own calendars."), opt("yes|no")},
                       {opt("email"), Text::tr("Where to send the test."), opt("address")},
                       {opt("json"), Text::tr("Print JSON.")}});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    const QString verb = parser.positionalArguments().value(0);
    if (auto ok = parseArguments(parser, arguments, verb == QLatin1String("prefer") ? 3 : 1); !ok)
        return context.fail(ok.error());
    if (verb == QLatin1String("setup"))
        return setup(context, parser);
    if (verb == QLatin1String("show"))
        return show(context, parser);
    if (verb == QLatin1String("store"))
        return storeSettings(context, parser);
    if (verb == QLatin1String("prefer"))
        return prefer(context, parser);
    if (verb == QLatin1String("test"))
        return test(context, parser);
    return context.fail(Error::usage(Text::tr("Say notify setup, show, store, prefer or test.")));
}

int runOutbox(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("verb"), Text::tr("list, retry, cancel or run"));
    parser.addOptions({{opt("state"), Text::tr("Only messages in this state."), opt("state")},
                       {opt("store"), Text::tr("Only this store's."), opt("code")},
                       {opt("kind"), Text::tr("Only this kind."), opt("kind")},
                       {opt("limit"), Text::tr("At most this many, newest first."), opt("n")},
                       {opt("json"), Text::tr("Print JSON.")}});
    addPassOptions(parser, Text::tr("Seconds a claimed message is held."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    const QString verb = parser.positionalArguments().value(0);
    const bool numbered = verb == QLatin1String("retry") || verb == QLatin1String("cancel");
    if (auto ok = parseArguments(parser, arguments, numbered ? 2 : 1); !ok)
        return context.fail(ok.error());
    if (verb == QLatin1String("list"))
        return list(context, parser);
    if (numbered)
        return decide(context, parser, verb == QLatin1String("retry"));
    if (verb == QLatin1String("run"))
        return run(context, parser);
    return context.fail(Error::usage(Text::tr("Say outbox list, retry, cancel or run.")));
}

} // namespace sams::cli
