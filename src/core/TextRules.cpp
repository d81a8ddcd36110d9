#include "core/TextRules.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::TextRules)
};

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

QString safeText(const QString &text, qsizetype maximum)
{
    QString safe;
    qsizetype shown = 0;
    for (const char32_t c : text.toUcs4()) {
        if (shown == maximum) {
            safe += QChar(0x2026); // …
            break;
        }
        if (isControlCharacter(c))
            safe += codePoint(c);
        else
            safe += QString::fromUcs4(&c, 1);
        ++shown;
    }
    return safe;
}

std::optional<QString> controlCharacterProblem(const QString &text, TextKind kind)
{
    qsizetype position = 0;
    for (const char32_t c : text.toUcs4()) {
        ++position;
        if (c == U'\t' && kind == TextKind::FreeText)
            continue;
        if (isControlCharacter(c))
            return Text::tr("contains a control character %1 at position %2").arg(codePoint(c)).arg(position);
    }
    return std::nullopt;
}

bool hasVisibleCharacter(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        // Category Other (control, format, unassigned) prints nothing; spaces show nothing.
        if (QChar::isPrint(c) && !QChar::isSpace(c))
            return true;
    }
    return false;
}

Status checkNameText(const QString &text, const QString &what, TextKind kind)
{
    if (const std::optional<QString> problem = controlCharacterProblem(text, kind))
        return std::unexpected(Error::usage(Text::tr("%1 %2.").arg(what, *problem)));
    if (!hasVisibleCharacter(text))
        return std::unexpected(Error::usage(Text::tr("%1 must have a visible character, not only spaces.").arg(what)));
    return {};
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace sams
