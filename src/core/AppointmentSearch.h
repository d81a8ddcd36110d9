#pragma once

#include "core/Appointment.h"
#include "core/Store.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sams {

// One appointment found by the customer search, with what a result line shows
// without another read: its store and chair. The rules: docs/search.md.
struct AppointmentMatch {
    Appointment appointment; // instants in UTC
    StoreId storeId = 0;
    QString storeCode;
    QString storeName;
    QByteArray timeZoneId; // the store's IANA zone: show the appointment in store-local wall time
    QString chairName;
};

// How many matches a search returns when asked for 0 or fewer, and at most.
inline constexpr int defaultSearchLimit = 50;
inline constexpr int largestSearchLimit = 500;
// A phone search needs this many digits; an id search takes at most this many.
inline constexpr int fewestPhoneDigits = 2;
inline constexpr int mostIdDigits = 12;
// Index keys keep this many characters (migration 015): a longer typed text is
// looked up by its first ones.
inline constexpr int searchKeyLength = 200;

// What a typed search text asks for (docs/search.md).
struct SearchQuery {
    // Trimmed, runs of white space as one space, lower-cased (Unicode): the start
    // of a word of the customer's name (or of several words) or of the e-mail.
    QString text;
    // The same with only A-Z lower-cased, which is how both databases fold the
    // stored names (SQLite's lower() knows no other letters): storage matches either.
    QString asciiFolded;
    // The digits, when the text is only digits and phone punctuation (space - ( ) + . /)
    // with at least fewestPhoneDigits digits: a part of the phone number; else empty.
    QString digits;
    // An all-digit text of up to mostIdDigits digits also names an appointment id.
    std::optional<AppointmentId> id;

    bool isEmpty() const { return text.isEmpty(); }
};

// The characters a phone number may hold besides digits; stored phones are
// compared with these removed (the same list as migration 015).
inline QString phonePunctuation()
{
    return QStringLiteral(" -().+/");
}

inline QString foldAsciiCase(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

// A pure function: the query for a typed text. An empty (or all white space)
// text gives an empty query, which finds nothing.
inline SearchQuery normalizeSearchQuery(const QString &typed)
{
    SearchQuery query;
    const QString simplified = typed.simplified();
    query.text = simplified.toLower();
    query.asciiFolded = foldAsciiCase(simplified);
    QString digits;
    bool phoneLike = !simplified.isEmpty();
    for (const QChar c : simplified) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (!phonePunctuation().contains(c))
            phoneLike = false;
    }
    if (phoneLike && digits.size() >= fewestPhoneDigits)
        query.digits = digits;
    if (!simplified.isEmpty() && digits.size() == simplified.size() && digits.size() <= mostIdDigits)
        query.id = digits.toLongLong();
    return query;
}

} // namespace sams
