#pragma once

#include "core/WeekSchedule.h"

#include <QRectF>

#include <optional>
#include <utility>

namespace sams {

// Where things go in the week grid: day columns split into one lane per chair,
// rows of minutes. Pure arithmetic, shared by painting and hit-testing.
class WeekGridGeometry
{
public:
    static constexpr int timeGutter = 56;
    static constexpr int dayHeaderHeight = 38;
    static constexpr int chairHeaderHeight = 20;
    static constexpr int dayGap = 6;
    static constexpr int minimumLaneWidth = 24;
    static constexpr double minimumPixelsPerMinute = 0.8;

    // Fills `available` when it is larger than the minimum, so the grid uses the window.
    WeekGridGeometry(const WeekSchedule &week, QSize available);

    int headerHeight() const { return dayHeaderHeight + chairHeaderHeight; }
    int laneCount() const { return m_lanes; }
    double laneWidth() const { return m_laneWidth; }
    QSize minimumSize() const;
    QSize contentSize() const;

    QRectF dayRect(int day) const; // header to bottom
    QRectF laneRect(int day, int chairIndex) const; // body only
    double yOfMinute(int minute) const;
    QRectF blockRect(const DayBlock &block) const; // chairIndex -1: the whole day
    // The inverse, for hit-testing: the day and lane at x (nullopt in the gutter or
    // a gap), and the store-local minute at y (may lie outside the shown span).
    std::optional<std::pair<int, int>> dayAndLaneAt(double x) const;
    double minuteAt(double y) const;
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }

private:
    int m_days;
    int m_lanes;
    int m_firstMinute;
    int m_lastMinute;
    double m_laneWidth;
    double m_pixelsPerMinute;
};

} // namespace sams
