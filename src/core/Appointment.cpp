#include "core/Appointment.h"

#include "core/EnumNames.h"

#include <array>
#include <utility>

namespace sams {

namespace {
constexpr std::array statusNames{
    std::pair{AppointmentStatus::Pending, "pending"},      std::pair{AppointmentStatus::Confirmed, "confirmed"},
    std::pair{AppointmentStatus::CheckedIn, "checked_in"}, std::pair{AppointmentStatus::Completed, "completed"},
    std::pair{AppointmentStatus::Cancelled, "cancelled"},  std::pair{AppointmentStatus::NoShow, "no_show"},
};
constexpr std::array channelNames{
    std::pair{BookingChannel::Staff, "staff"},
    std::pair{BookingChannel::Phone, "phone"},
    std::pair{BookingChannel::Web, "web"},
};

} // namespace

using detail::nameIn;
using detail::parseIn;

QString statusName(AppointmentStatus status)
{
    return nameIn(statusNames, status);
}
std::optional<AppointmentStatus> parseStatus(const QString &name)
{
    return parseIn<AppointmentStatus>(statusNames, name);
}
QString channelName(BookingChannel channel)
{
    return nameIn(channelNames, channel);
}
std::optional<BookingChannel> parseChannel(const QString &name)
{
    return parseIn<BookingChannel>(channelNames, name);
}

QString statusLabel(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Pending:
        return QCoreApplication::translate("sams::Appointment", "Pending");
    case AppointmentStatus::Confirmed:
        return QCoreApplication::translate("sams::Appointment", "Confirmed");
    case AppointmentStatus::CheckedIn:
        return QCoreApplication::translate("sams::Appointment", "Checked in");
    case AppointmentStatus::Completed:
        return QCoreApplication::translate("sams::Appointment", "Completed");
    case AppointmentStatus::Cancelled:
        return QCoreApplication::translate("sams::Appointment", "Cancelled");
    case AppointmentStatus::NoShow:
        return QCoreApplication::translate("sams::Appointment", "No-show");
    }
    return {};
}

} // namespace sams
