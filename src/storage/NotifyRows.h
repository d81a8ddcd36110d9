#pragma once

#include "core/Error.h"
#include "core/NotifySettings.h"

#include <QSqlDatabase>

#include <optional>

namespace sams::sql {

// A store's notification settings (migration 019), the defaults when never set.
Result<StoreNotify> readStoreNotify(QSqlDatabase &db, StoreId store);
// How a contact (an address or a phone number) is stored in contact_preferences:
// trimmed, addresses in lower case.
QString contactKey(const QString &contact);
// The choice the customer at `contact` made, if any.
Result<std::optional<ContactChoice>> readContactChoice(QSqlDatabase &db, const QString &contact);

} // namespace sams::sql
