#include "storage/SqlNotifyConfig.h"

#include "core/TextRules.h"
#include "storage/Database.h"
#include "storage/NotifyRows.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlNotifyConfig)
};

QList<std::pair<QString, QString>> settingRows(const NotifySettings &s)
{
    return {{QStringLiteral("smtp_url"), s.smtpUrl},
            {QStringLiteral("smtp_starttls"), s.startTls ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("smtp_login"), s.smtpLogin},
            {QStringLiteral("mail_from"), s.mailFrom},
            {QStringLiteral("sms_url"), s.smsUrl},
            {QStringLiteral("sms_account"), s.smsAccount},
            {QStringLiteral("sms_from"), s.smsFrom},
            {QStringLiteral("max_attempts"), QString::number(s.maxAttempts)}};
}

// Settings are addresses and names: one line, no control characters.
Status checkLine(const QString &value, const QString &what)
{
    if (const std::optional<QString> problem = controlCharacterProblem(value, TextKind::Identifier))
        return std::unexpected(Error::usage(QStringLiteral("%1: %2").arg(what, *problem)));
    return {};
}
} // namespace

SqlNotifyConfig::SqlNotifyConfig(Database &database)
    : m_database(database)
{ }

Result<NotifySettings> SqlNotifyConfig::settings()
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT name, value FROM notify_settings"), {},
                      Text::tr("Reading the notification settings"));
    if (!q)
        return std::unexpected(q.error());
    NotifySettings s;
    while (q->next()) {
        const QString name = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (name == QLatin1String("installation"))
            s.installation = value;
        else if (name == QLatin1String("smtp_url"))
            s.smtpUrl = value;
        else if (name == QLatin1String("smtp_starttls"))
            s.startTls = value == QLatin1String("1");
        else if (name == QLatin1String("smtp_login"))
            s.smtpLogin = value;
        else if (name == QLatin1String("mail_from"))
            s.mailFrom = value;
        else if (name == QLatin1String("sms_url"))
            s.smsUrl = value;
        else if (name == QLatin1String("sms_account"))
            s.smsAccount = value;
        else if (name == QLatin1String("sms_from"))
            s.smsFrom = value;
        else if (name == QLatin1String("max_attempts"))
            s.maxAttempts = qMax(1, value.toInt());
    }
    return s;
}

Status SqlNotifyConfig::saveSettings(const NotifySettings &settings)
{
    if (settings.maxAttempts < 1 || settings.maxAttempts > 50)
        return std::unexpected(Error::rule(Text::tr("Attempts must be between 1 and 50.")));
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (const auto &[name, value] : settingRows(settings)) {
        if (auto ok = checkLine(value, name); !ok)
            return ok;
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO notify_settings (name, value) VALUES (:name, :value) ON "
                                         "CONFLICT (name) DO UPDATE SET value = excluded.value"),
                          {{QStringLiteral("name"), name}, {QStringLiteral("value"), sql::text(value)}},
                          Text::tr("Saving the notification settings"));
        if (!q)
            return std::unexpected(q.error());
    }
    return transaction.commit();
}

Result<StoreNotify> SqlNotifyConfig::storeNotify(StoreId store)
{
    return sql::readStoreNotify(m_database.connection(), store);
}

Status SqlNotifyConfig::saveStoreNotify(const StoreNotify &n)
{
    if (n.reminderMinutes < 0 || n.reminderMinutes > 14 * 24 * 60)
        return std::unexpected(Error::rule(Text::tr("The reminder must come between 0 minutes and 14 days before.")));
    if (n.missedMinutes < 0 || n.missedMinutes > 14 * 24 * 60)
        return std::unexpected(Error::rule(Text::tr("The missed window must be between 0 minutes and 14 days.")));
    for (const QString &value : {n.mailFrom, n.smsFrom, n.language}) {
        if (auto ok = checkLine(value, Text::tr("Store notification settings")); !ok)
            return ok;
    }
    auto q = sql::run(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO store_notify (store_id, mail_from, sms_from, reminder_minutes, "
            "missed_minutes, language, calendar_phones) VALUES (:store, :mail, :sms, :reminder, "
            ":missed, :language, :phones) ON CONFLICT (store_id) DO UPDATE SET mail_from = excluded.mail_from, "
            "sms_from = excluded.sms_from, reminder_minutes = excluded.reminder_minutes, "
            "missed_minutes = excluded.missed_minutes, language = excluded.language, "
            "calendar_phones = excluded.calendar_phones"),
        {{QStringLiteral("store"), n.storeId},
         {QStringLiteral("mail"), sql::text(n.mailFrom)},
         {QStringLiteral("sms"), sql::text(n.smsFrom)},
         {QStringLiteral("reminder"), n.reminderMinutes},
         {QStringLiteral("missed"), n.missedMinutes},
         {QStringLiteral("language"), n.language.isEmpty() ? QStringLiteral("en") : n.language},
         {QStringLiteral("phones"), n.calendarPhones ? 1 : 0}},
        Text::tr("Saving a store's notification settings"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<MessageTemplate>> SqlNotifyConfig::messageTemplate(const QString &kind, const QString &language)
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT kind, language, subject, text_body, html_body FROM message_templates "
                                     "WHERE kind = :kind AND language = :language"),
                      {{QStringLiteral("kind"), kind}, {QStringLiteral("language"), language}},
                      Text::tr("Reading a message template"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<MessageTemplate>();
    return std::optional<MessageTemplate>(MessageTemplate{q->value(0).toString(), q->value(1).toString(),
                                                          q->value(2).toString(), q->value(3).toString(),
                                                          q->value(4).toString()});
}

Result<QList<MessageTemplate>> SqlNotifyConfig::templates()
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT kind, language, subject, text_body, html_body FROM message_templates "
                                     "ORDER BY kind, language"),
                      {}, Text::tr("Reading the message templates"));
    if (!q)
        return std::unexpected(q.error());
    QList<MessageTemplate> all;
    while (q->next())
        all.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString()});
    return all;
}

Status SqlNotifyConfig::saveTemplate(const MessageTemplate &t)
{
    if (t.subject.trimmed().isEmpty() || t.textBody.trimmed().isEmpty())
        return std::unexpected(Error::rule(Text::tr("A template needs a subject and a text.")));
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("INSERT INTO message_templates (kind, language, subject, text_body, html_body) "
                                     "VALUES (:kind, :language, :subject, :text, :html) ON CONFLICT (kind, language) "
                                     "DO UPDATE SET subject = excluded.subject, text_body = excluded.text_body, "
                                     "html_body = excluded.html_body"),
                      {{QStringLiteral("kind"), t.kind},
                       {QStringLiteral("language"), t.language},
                       {QStringLiteral("subject"), t.subject},
                       {QStringLiteral("text"), t.textBody},
                       {QStringLiteral("html"), sql::text(t.htmlBody)}},
                      Text::tr("Saving a message template"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status SqlNotifyConfig::removeTemplate(const QString &kind, const QString &language)
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("DELETE FROM message_templates WHERE kind = :kind AND language = :language"),
                      {{QStringLiteral("kind"), kind}, {QStringLiteral("language"), language}},
                      Text::tr("Removing a message template"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<ContactChoice>> SqlNotifyConfig::contactChoice(const QString &contact)
{
    return sql::readContactChoice(m_database.connection(), contact);
}

Status SqlNotifyConfig::setContactChoice(const QString &contact, std::optional<ContactChoice> choice)
{
    if (contact.trimmed().isEmpty())
        return std::unexpected(Error::usage(Text::tr("Give the customer's e-mail address or phone number.")));
    if (!choice) {
        auto q = sql::run(
            m_database.connection(), QStringLiteral("DELETE FROM contact_preferences WHERE contact = :contact"),
            {{QStringLiteral("contact"), sql::contactKey(contact)}}, Text::tr("Forgetting a customer's choice"));
        if (!q)
            return std::unexpected(q.error());
        return {};
    }
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("INSERT INTO contact_preferences (contact, channel) VALUES (:contact, :channel) "
                                     "ON CONFLICT (contact) DO UPDATE SET channel = excluded.channel"),
                      {{QStringLiteral("contact"), sql::contactKey(contact)},
                       {QStringLiteral("channel"),
                        *choice == ContactChoice::Email     ? QStringLiteral("email")
                            : *choice == ContactChoice::Sms ? QStringLiteral("sms")
                                                            : QStringLiteral("none")}},
                      Text::tr("Saving a customer's choice"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace sams
