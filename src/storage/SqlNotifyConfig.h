#pragma once

#include "core/OutboxQueue.h"

namespace sams {

class Database;

// NotifyConfig on a SQL database: notify_settings (name, value), store_notify,
// message_templates and contact_preferences (migration 019). Each save is one
// transaction. Owned by the thread that opened `database`.
class SqlNotifyConfig : public NotifyConfig
{
public:
    explicit SqlNotifyConfig(Database &database);

    Result<NotifySettings> settings() override;
    Status saveSettings(const NotifySettings &settings) override;
    Result<StoreNotify> storeNotify(StoreId store) override;
    Status saveStoreNotify(const StoreNotify &store) override;
    Result<std::optional<MessageTemplate>> messageTemplate(const QString &kind, const QString &language) override;
    Result<QList<MessageTemplate>> templates() override;
    Status saveTemplate(const MessageTemplate &wording) override;
    Status removeTemplate(const QString &kind, const QString &language) override;
    Result<std::optional<ContactChoice>> contactChoice(const QString &contact) override;
    Status setContactChoice(const QString &contact, std::optional<ContactChoice> choice) override;

private:
    Database &m_database;
};

} // namespace sams
