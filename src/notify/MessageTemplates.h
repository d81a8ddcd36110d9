#pragma once

#include "core/NotifySettings.h"

#include <QMap>
#include <QStringList>

namespace sams {

// The wording of customers' messages (docs/notifications.md, "Templates").

// The kinds a template can be written for, and the placeholders a template may use.
QStringList templateKinds();
QStringList templatePlaceholders(); // "customer", "store", ...
QString templateKindLabel(const QString &kind); // translated, for the editor

// The built-in wording of `kind` in `language` ("en", "es"): the project's own
// translation of it where one is compiled in, English otherwise.
MessageTemplate builtInTemplate(const QString &kind, const QString &language);

// `text` with each "{name}" replaced by values[name]; with `html`, values are
// escaped for HTML. Unknown names are left as written.
QString renderTemplate(const QString &text, const QMap<QString, QString> &values, bool html = false);

// The "{name}"s in `text` that are not placeholders (a typo the editor points out).
QStringList unknownPlaceholders(const QString &text);

// An HTML body for a template without one: the text, escaped, paragraph by paragraph.
QString htmlFromText(const QString &renderedText);

} // namespace sams
