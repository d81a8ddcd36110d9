#include "widgets/MonthView.h"

#include "core/Appointment.h"
#include "models/MonthScheduleModel.h"
#include "widgets/ScheduleColors.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace sams {

namespace {
using Model = MonthScheduleModel;

constexpr int margin = 8; // inside a cell, around its text
constexpr int barHeight = 4;

// Paints one day cell from the model's roles; the view owns no day state.
class MonthDayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {option.fontMetrics.horizontalAdvance(QStringLiteral("00 booked / 00 open")) + 2 * margin,
                5 * line + 2 * margin};
    }

private:
    static void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
    // The lines under the day number; false when the displaced line found no room.
    static bool paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                            const QRect &area);
    static void paintBar(QPainter *painter, const QModelIndex &index, const QRect &area);
};

// The week grid's displaced mark: a red disc with a white "!".
void paintDisplacedBadge(QPainter *painter, const QFont &base, const QRectF &disc)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors::displaced());
    painter->drawEllipse(disc);
    QFont bang = base;
    bang.setBold(true);
    bang.setPointSizeF(base.pointSizeF() * 0.7);
    painter->setFont(bang);
    painter->setPen(Qt::white);
    painter->drawText(disc, Qt::AlignCenter, QStringLiteral("!"));
}

void MonthDayDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QRect r = option.rect;
    QColor fill = index.data(Model::ClosedRole).toBool() ? colors::closedBackground() : colors::openBackground();
    if (index.data(Model::TodayRole).toBool())
        fill = colors::todayTint();
    if (!index.data(Model::InMonthRole).toBool()) // other months' days recede
        fill = fill.darker(104);
    painter->fillRect(r, fill);
    if (option.state & QStyle::State_Selected) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(28);
        painter->fillRect(r, tint);
    }
    // Grid: the right and bottom edge of every cell.
    painter->setPen(colors::gridLine());
    painter->drawLine(r.topRight(), r.bottomRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());
}

void MonthDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBackground(painter, option, index);

    const QRect area = option.rect.adjusted(margin, margin - 2, -margin, -margin);
    if (!index.data(Model::InMonthRole).toBool())
        painter->setOpacity(0.45);

    QFont dayFont = option.font;
    dayFont.setBold(true);
    dayFont.setPointSizeF(option.font.pointSizeF() * 1.25);
    painter->setFont(dayFont);
    painter->setPen(option.palette.color(QPalette::Text));
    const int dayLine = QFontMetrics(dayFont).height();
    const QRect dayRect(area.left(), area.top(), area.width(), dayLine);
    painter->drawText(dayRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

    const bool displacedShown = paintCounts(painter, option, index, area.adjusted(0, dayLine + 2, 0, 0));
    const int displaced = index.data(Model::DisplacedRole).toInt();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    if (displaced > 0 && !displacedShown) {
        // No room below: the badge and count go beside the day number, never lost.
        small.setBold(true);
        const QFontMetrics metrics(small);
        const QString count = QString::number(displaced);
        const int disc = metrics.ascent();
        const int countWidth = metrics.horizontalAdvance(count);
        const QRectF badge(dayRect.right() - countWidth - 3 - disc, dayRect.center().y() - disc / 2.0, disc, disc);
        paintDisplacedBadge(painter, option.font, badge);
        painter->setFont(small);
        painter->setPen(colors::displaced());
        painter->drawText(dayRect, Qt::AlignRight | Qt::AlignVCenter, count);
    } else if (!index.data(Model::ClosedRole).toBool()) {
        // The share of bookable places taken, as the bar shows it.
        painter->setFont(small);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const double share = index.data(Model::UtilisationRole).toDouble();
        painter->drawText(dayRect, Qt::AlignRight | Qt::AlignVCenter, MonthView::tr("%1%").arg(qRound(share * 100)));
    }
    if (!index.data(Model::ClosedRole).toBool())
        paintBar(painter, index, area);
    painter->setOpacity(1);

    if (index.data(Model::TodayRole).toBool()) {
        painter->setPen(QPen(colors::nowLine(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -2.5, -2.5));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(3.5, 3.5, -4.5, -4.5));
    }
    painter->restore();
}

bool MonthDayDelegate::paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QRect &area)
{
    const int booked = index.data(Model::BookedRole).toInt();
    const int open = index.data(Model::OpenRole).toInt();
    const int locked = index.data(Model::LockedRole).toInt();
    const int displaced = index.data(Model::DisplacedRole).toInt();
    const bool closed = index.data(Model::ClosedRole).toBool();

    QFont font = option.font;
    font.setPointSizeF(option.font.pointSizeF() * 0.95);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    const int barTop = area.bottom() - barHeight + 1;
    int y = area.top();
    // Lines that no longer fit above the bar are left out; the tooltip has them all.
    auto drawLine = [&](const QString &text, const QColor &color, const QFont &f, int indent = 0) {
        if (y + line > barTop - 2)
            return false;
        painter->setFont(f);
        painter->setPen(color);
        const QRect r(area.left() + indent, y, area.width() - indent, line);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(text, Qt::ElideRight, r.width()));
        y += line;
        return true;
    };

    const QColor text = option.palette.color(QPalette::Text);
    // The technicians' count first: what must be ready that day.
    if (const int orders = index.data(Model::OrdersRole).toInt(); orders > 0)
        drawLine(orders == 1 ? MonthView::tr("1 order due") : MonthView::tr("%1 orders due").arg(orders),
                 colors::workOrder(), bold);
    if (closed) {
        drawLine(booked > 0 ? MonthView::tr("Closed · %n booked", nullptr, booked) : MonthView::tr("Closed"),
                 option.palette.color(QPalette::PlaceholderText), font);
    } else if (index.data(Model::PastRole).toBool()) {
        drawLine(MonthView::tr("%n booked", nullptr, booked), text, font); // its open places are gone
    } else {
        // One line when it fits, else booked and open one under the other.
        const QString both = MonthView::tr("%1 booked / %2 open").arg(booked).arg(open);
        if (metrics.horizontalAdvance(both) <= area.width()) {
            drawLine(both, text, font);
        } else {
            drawLine(MonthView::tr("%n booked", nullptr, booked), text, font);
            drawLine(MonthView::tr("%n open", nullptr, open), text, font);
        }
    }
    bool displacedShown = displaced == 0;
    if (displaced > 0) {
        const int disc = metrics.ascent();
        const QRectF badge(area.left(), y + (line - disc) / 2.0, disc, disc);
        QString label = MonthView::tr("%n displaced", nullptr, displaced);
        if (QFontMetrics(bold).horizontalAdvance(label) > area.width() - disc - 4)
            label = QString::number(displaced); // narrow cells: the badge says what it is
        displacedShown = drawLine(label, colors::displaced(), bold, disc + 4);
        if (displacedShown)
            paintDisplacedBadge(painter, option.font, badge);
    }
    if (locked > 0)
        drawLine(MonthView::tr("%n locked", nullptr, locked), colors::lockHatch().darker(115), font);
    return displacedShown;
}

// Utilisation: booked places of the bookable ones (docs/month-view.md).
void MonthDayDelegate::paintBar(QPainter *painter, const QModelIndex &index, const QRect &area)
{
    const QRectF track(area.left(), area.bottom() - barHeight + 1, area.width(), barHeight);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
    painter->fillPath(trackPath, colors::gridLine());
    const double share = std::clamp(index.data(Model::UtilisationRole).toDouble(), 0.0, 1.0);
    if (share <= 0)
        return;
    QPainterPath used;
    used.addRoundedRect(
        QRectF(track.left(), track.top(), std::max(track.height(), track.width() * share), track.height()),
        barHeight / 2.0, barHeight / 2.0);
    painter->fillPath(used, colors::appointmentEdge(AppointmentStatus::Confirmed));
}
} // namespace

MonthView::MonthView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new MonthDayDelegate(this));
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Cells share the space: six weeks always fill the view.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(24);
    verticalHeader()->hide();
    setAccessibleName(tr("Month"));

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QDate date = index.data(MonthScheduleModel::DateRole).toDate();
        if (date.isValid())
            Q_EMIT dayActivated(date);
    });
}

void MonthView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, &QAbstractItemModel::modelReset, this, nullptr);
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MonthView::pickCurrentDay);
        pickCurrentDay();
    }
}

QModelIndex MonthView::indexOf(QDate date) const
{
    const QAbstractItemModel *m = model();
    if (!m || !date.isValid())
        return {};
    for (int row = 0; row < m->rowCount(); ++row) {
        for (int column = 0; column < m->columnCount(); ++column) {
            const QModelIndex index = m->index(row, column);
            if (index.data(MonthScheduleModel::DateRole).toDate() == date)
                return index;
        }
    }
    return {};
}

QDate MonthView::currentDate() const
{
    return currentIndex().data(MonthScheduleModel::DateRole).toDate();
}

bool MonthView::setCurrentDate(QDate date)
{
    const QModelIndex index = indexOf(date);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    return true;
}

QRect MonthView::dayRect(QDate date) const
{
    return visualRect(indexOf(date));
}

void MonthView::pickCurrentDay()
{
    const QAbstractItemModel *m = model();
    if (!m)
        return;
    QModelIndex first;
    for (int row = 0; row < m->rowCount(); ++row) {
        for (int column = 0; column < m->columnCount(); ++column) {
            const QModelIndex index = m->index(row, column);
            if (!index.data(MonthScheduleModel::InMonthRole).toBool())
                continue;
            if (index.data(MonthScheduleModel::TodayRole).toBool()) {
                setCurrentIndex(index);
                return;
            }
            if (!first.isValid())
                first = index;
        }
    }
    if (first.isValid())
        setCurrentIndex(first);
}

void MonthView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    Q_EMIT currentDateChanged(current.data(MonthScheduleModel::DateRole).toDate());
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && plain) {
        const QDate date = currentDate();
        if (date.isValid()) {
            Q_EMIT dayActivated(date);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QSize MonthView::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {7 * metrics.horizontalAdvance(QStringLiteral("00 booked / 00 open")) + 7 * 2 * margin,
            horizontalHeader()->sizeHint().height() + 6 * (5 * metrics.height() + 2 * margin)};
}

QSize MonthView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {7 * metrics.horizontalAdvance(QStringLiteral("00 booked")),
            horizontalHeader()->sizeHint().height() + 6 * (3 * metrics.height())};
}

} // namespace sams
