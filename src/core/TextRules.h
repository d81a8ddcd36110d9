#pragma once

#include "core/Error.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sams {

// What text a user may type into SAMS (docs/input.md): names, codes and reasons
// need a visible character and no control characters, and a value is never echoed
// raw into a message, where a line break or an escape sequence would forge lines
// or drive the terminal.

// Whether a control character (C0, DEL, C1) or a line or paragraph separator.
bool isControlCharacter(char32_t c);

// The text with every control character written as U+XXXX, cut to `maximum`
// characters with an ellipsis (a negative maximum: never cut): safe to print on
// one line of a terminal.
QString safeText(const QString &text, qsizetype maximum = 80);

// Which control characters a value may hold: identifiers, dates and numbers none;
// free text (an address, instructions, a reason) a tab, which spreadsheet
// programs paste, but no line break.
enum class TextKind { Identifier, FreeText };

// "contains a control character U+001B at position 1" for the first forbidden
// character (positions count from 1), or nothing when the value is clean.
std::optional<QString> controlCharacterProblem(const QString &text, TextKind kind);

// Whether the text has a character one can see: not only spaces, tabs or
// invisible format characters (a zero-width space).
bool hasVisibleCharacter(const QString &text);

// A customer name or a reason as every writer and samsctl check it: a usage error
// naming `what` when it is blank or holds a control character.
Status checkNameText(const QString &text, const QString &what, TextKind kind = TextKind::FreeText);

// A calendar date exactly as YYYY-MM-DD: four digits, dash, two digits, dash, two
// digits. QDate::fromString(Qt::ISODate) alone also takes 2027/03/01 and
// 2027.03.01 (any punctuation as separator).
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace sams
