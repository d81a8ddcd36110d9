#pragma once

#include <QDateEdit>

namespace sams {

// A date field as the manager's dialogs show it: a calendar pop-up, the weekday
// named ("Mon 18 Jan 2027"), so that a date is never mistaken for another.
inline QDateEdit *calendarDateEdit(QDate date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    return edit;
}

} // namespace sams
