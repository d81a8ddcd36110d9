#include "storage/NotifyRows.h"

#include "storage/RuleRows.h"

#include <QCoreApplication>

namespace sams::sql {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::NotifyRows)
};
} // namespace

Result<StoreNotify> readStoreNotify(QSqlDatabase &db, StoreId store)
{
    auto q = run(
        db,
        QStringLiteral("SELECT mail_from, sms_from, reminder_minutes, missed_minutes, language, calendar_phones FROM "
                       "store_notify WHERE store_id = :store"),
        {{QStringLiteral("store"), store}}, Text::tr("Reading a store's notification settings"));
    if (!q)
        return std::unexpected(q.error());
    StoreNotify n;
    n.storeId = store;
    if (q->next()) {
        n.mailFrom = q->value(0).toString();
        n.smsFrom = q->value(1).toString();
        n.reminderMinutes = q->value(2).toInt();
        n.missedMinutes = q->value(3).toInt();
        n.language = q->value(4).toString();
        n.calendarPhones = q->value(5).toInt() != 0;
    }
    return n;
}

QString contactKey(const QString &contact)
{
    const QString trimmed = contact.trimmed();
    return trimmed.contains(QLatin1Char('@')) ? trimmed.toLower() : trimmed;
}

Result<std::optional<ContactChoice>> readContactChoice(QSqlDatabase &db, const QString &contact)
{
    auto q = run(db, QStringLiteral("SELECT channel FROM contact_preferences WHERE contact = :contact"),
                 {{QStringLiteral("contact"), contactKey(contact)}}, Text::tr("Reading a customer's choice"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ContactChoice>();
    const QString channel = q->value(0).toString();
    return std::optional<ContactChoice>(channel == QLatin1String("email")     ? ContactChoice::Email
                                            : channel == QLatin1String("sms") ? ContactChoice::Sms
                                                                              : ContactChoice::None);
}

} // namespace sams::sql
