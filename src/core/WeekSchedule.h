#pragma once

#include "core/ScheduleRepository.h"

namespace sams {

// A piece of something placed on a day column in store-local minutes: what a
// week grid draws.
struct DayBlock {
    int chairIndex = -1; // into WeekSchedule::chairs; -1: every chair
    int day = 0; // 0 = first day of the week
    int startMinute = 0; // store-local minutes after midnight
    int endMinute = 0;
};

struct AppointmentBlock {
    DayBlock place;
    Appointment appointment;
    bool displaced = false; // active, but its slots are no longer open for it
};

struct LockBlock {
    DayBlock place;
    QString reason;
};

// One store's week (Monday to Sunday, store-local), ready to draw: the chairs in
// service that week, their open hours per day, locks and appointments.
struct WeekSchedule {
    static constexpr int dayCount = 7;

    Store store;
    QDate firstDay;
    QList<Chair> chairs;
    QList<DayIntervals> openHours; // index: chairIndex * dayCount + day
    QList<LockBlock> locks;
    QList<AppointmentBlock> appointments;
    int firstMinute = 8 * 60; // the span of the day worth showing
    int lastMinute = 18 * 60;

    const DayIntervals &openHoursOf(int chairIndex, int day) const { return openHours.at(chairIndex * dayCount + day); }
    QDate dayDate(int day) const { return firstDay.addDays(day); }

    static QDate mondayOf(QDate date) { return date.addDays(1 - date.dayOfWeek()); }
    // Everything of the week containing `day`, from the repository.
    static Result<WeekSchedule> load(ScheduleRepository &repository, const Store &store, QDate day);
};

} // namespace sams
