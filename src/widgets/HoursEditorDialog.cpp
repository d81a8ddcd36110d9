#include "widgets/HoursEditorDialog.h"

#include "widgets/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sams {

namespace {
constexpr int problemColumn = HoursEditorDialog::intervalColumns;
const QColor badCell(255, 214, 214);

QString intervalText(const TimeInterval &i)
{
    return formatMinuteOfDay(i.openMinute) + u'-' + formatMinuteOfDay(i.closeMinute);
}

QDate nextMonday(QDate today)
{
    QDate day = today.addDays(1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}
} // namespace

HoursEditorDialog::HoursEditorDialog(const Store &store, const QList<Chair> &chairs,
                                     const QList<HoursVersion> &versions, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_chairs(chairs)
    , m_versions(versions)
    , m_today(today)
    , m_presets(builtInHoursPresets())
    , m_target(new QComboBox)
    , m_timeline(new QListWidget)
    , m_from(calendarDateEdit(today))
    , m_follows(new QCheckBox(tr("Follow the store's hours")))
    , m_table(new QTableWidget(7, intervalColumns + 1))
    , m_preset(new QComboBox)
    , m_copy(new QComboBox)
    , m_problem(new QLabel)
    , m_summary(new QLabel)
    , m_new(new QPushButton(tr("New version…")))
    , m_remove(new QPushButton(tr("Remove version")))
    , m_save(new QPushButton(tr("Preview and save…")))
{
    setWindowTitle(tr("Hours of %1").arg(store.name));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->addItem(tr("The whole store (%1)").arg(store.code), QVariant());
    for (const Chair &chair : chairs)
        m_target->addItem(chair.name, chair.id);
    auto *targetLabel = new QLabel(tr("&Hours of:"));
    targetLabel->setBuddy(m_target);

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_timeline->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newVersionButton"));
    m_remove->setObjectName(QStringLiteral("removeVersionButton"));

    m_from->setObjectName(QStringLiteral("effectiveFromEdit"));
    m_follows->setObjectName(QStringLiteral("followsStoreCheck"));

    m_table->setObjectName(QStringLiteral("weekTable"));
    QStringList headers;
    for (int i = 1; i <= intervalColumns; ++i)
        headers.append(tr("Interval %1").arg(i));
    headers.append(tr("Problem"));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        days.append(QLocale().dayName(day));
    m_table->setVerticalHeaderLabels(days);
    m_table->horizontalHeader()->setSectionResizeMode(problemColumn, QHeaderView::Stretch);
    for (int column = 0; column < intervalColumns; ++column)
        m_table->setColumnWidth(column, fontMetrics().horizontalAdvance(QStringLiteral("00:00-24:00")) + 24);
    for (int row = 0; row < 7; ++row) {
        auto *problem = new QTableWidgetItem;
        problem->setFlags(Qt::ItemIsEnabled);
        problem->setForeground(QColor(160, 0, 0));
        m_table->setItem(row, problemColumn, problem);
    }
    m_table->setToolTip(tr("Type intervals like 09:00-12:00; leave a day empty to close it. Lunch is the gap "
                           "between two intervals."));
    // Room for the three intervals and the problem beside them, in full.
    m_table->setMinimumSize(fontMetrics().averageCharWidth() * 100,
                            m_table->verticalHeader()->defaultSectionSize() * 8 + 4);

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Apply a preset…"));
    for (const HoursPreset &preset : std::as_const(m_presets))
        m_preset->addItem(preset.name);
    m_copy->setObjectName(QStringLiteral("copyCombo"));

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *left = new QVBoxLayout;
    auto *timelineLabel = new QLabel(tr("&Versions"));
    timelineLabel->setBuddy(m_timeline);
    left->addWidget(timelineLabel);
    left->addWidget(m_timeline, 1);
    left->addWidget(m_new);
    left->addWidget(m_remove);

    auto *form = new QFormLayout;
    form->addRow(tr("Takes &effect from:"), m_from);
    form->addRow(QString(), m_follows);
    auto *templates = new QHBoxLayout;
    templates->addWidget(m_preset);
    templates->addWidget(m_copy, 1);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_table, 1);
    right->addLayout(templates);
    right->addWidget(m_summary);
    right->addWidget(m_problem);

    auto *top = new QHBoxLayout;
    top->addWidget(targetLabel);
    top->addWidget(m_target, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid())
            Q_EMIT saveRequested();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { showTarget(target()); });
    connect(m_timeline, &QListWidget::currentRowChanged, this, &HoursEditorDialog::timelineChosen);
    connect(m_new, &QPushButton::clicked, this, [this] { startNewVersion(nextMonday(m_today), hours().week); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const HoursVersion *v = shownVersion())
            Q_EMIT removeRequested(*v);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &HoursEditorDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &HoursEditorDialog::validate);
    connect(m_follows, &QCheckBox::toggled, this, [this](bool follows) {
        m_table->setEnabled(!follows);
        validate();
    });
    connect(m_preset, &QComboBox::activated, this, &HoursEditorDialog::applyPreset);
    connect(m_copy, &QComboBox::activated, this, &HoursEditorDialog::copySource);

    showTarget(std::nullopt);
}

HoursEditorDialog::~HoursEditorDialog()
{
    // A cell still being edited commits as the table goes: nothing may call back
    // into this half-destroyed dialog.
    for (QObject *child : std::initializer_list<QObject *>{m_table, m_timeline, m_from, m_follows, m_target})
        child->blockSignals(true);
}

std::optional<ChairId> HoursEditorDialog::target() const
{
    const QVariant chair = m_target->currentData();
    return chair.isValid() ? std::optional<ChairId>(chair.toLongLong()) : std::nullopt;
}

void HoursEditorDialog::showTarget(std::optional<ChairId> chair)
{
    const int index = chair ? m_target->findData(*chair) : 0;
    if (index >= 0 && index != m_target->currentIndex()) {
        m_target->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_follows->setVisible(chair.has_value());
    fillTimeline();
    // Open the version in effect today, else the first future one.
    int open = -1;
    for (int row = 0; row < m_timeline->count(); ++row) {
        const QDate from = m_timeline->item(row)->data(Qt::UserRole + 1).toDate();
        if (from <= m_today || open < 0)
            open = row;
    }
    if (open >= 0)
        m_timeline->setCurrentRow(open);
    else
        startNewVersion(std::max(nextMonday(m_today), m_store.opensOn), {});
    // Weeks to copy: every other version of this store, then other stores'.
    m_copy->clear();
    m_copy->addItem(tr("Copy the week of…"));
    for (const HoursVersion &v : std::as_const(m_versions)) {
        if (v.followsStore || (v.chairId == chair))
            continue;
        const auto name = std::ranges::find_if(m_chairs, [&](const Chair &c) { return v.chairId == c.id; });
        const QString who = v.chairId && name != m_chairs.cend() ? name->name : m_store.code;
        m_copy->addItem(tr("%1 from %2").arg(who, v.effectiveFrom.toString(Qt::ISODate)), QVariant::fromValue(v.id));
    }
    for (qsizetype i = 0; i < m_copySources.size(); ++i)
        m_copy->addItem(m_copySources.at(i).first, QVariant::fromValue(-1 - i));
}

void HoursEditorDialog::addCopySources(const QList<std::pair<QString, std::array<DayIntervals, 7>>> &sources)
{
    m_copySources += sources;
    for (qsizetype i = m_copySources.size() - sources.size(); i < m_copySources.size(); ++i)
        m_copy->addItem(m_copySources.at(i).first, QVariant::fromValue(-1 - i));
}

void HoursEditorDialog::fillTimeline()
{
    const QSignalBlocker blocker(m_timeline);
    m_timeline->clear();
    const std::optional<ChairId> chair = target();
    QList<HoursVersion> mine;
    for (const HoursVersion &v : std::as_const(m_versions)) {
        if (v.chairId == chair)
            mine.append(v);
    }
    std::ranges::sort(mine, {}, &HoursVersion::effectiveFrom);
    const QLocale locale;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const HoursVersion &v = mine.at(i);
        const bool future = v.effectiveFrom > m_today;
        const bool inEffect = !future && (i + 1 == mine.size() || mine.at(i + 1).effectiveFrom > m_today);
        const QString state = future ? tr("future") : inEffect ? tr("in effect") : tr("past");
        const QString week = v.followsStore ? tr("follows the store") : describeWeek(v.week);
        auto *item = new QListWidgetItem(
            tr("From %1 (%2)\n%3")
                .arg(locale.toString(v.effectiveFrom, QStringLiteral("ddd d MMM yyyy")), state, week));
        item->setData(Qt::UserRole, v.id);
        item->setData(Qt::UserRole + 1, v.effectiveFrom);
        item->setToolTip(week);
        QFont font = item->font();
        font.setBold(inEffect);
        item->setFont(font);
        if (!future && !inEffect)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_timeline->addItem(item);
    }
}

const HoursVersion *HoursEditorDialog::shownVersion() const
{
    const auto it = std::ranges::find_if(m_versions, [this](const HoursVersion &v) { return v.id == m_openId; });
    return m_openId && it != m_versions.cend() ? &*it : nullptr;
}

void HoursEditorDialog::timelineChosen()
{
    if (QListWidgetItem *item = m_timeline->currentItem())
        openVersion(item->data(Qt::UserRole).toLongLong());
}

void HoursEditorDialog::openVersion(qint64 id)
{
    m_openId = id;
    const HoursVersion *v = shownVersion();
    if (!v)
        return;
    // Only what has not taken effect yet is edited in place; the rest is copied
    // into a new version (the past stays as it was).
    const bool editable = v->effectiveFrom > m_today;
    {
        const QSignalBlocker blockDate(m_from);
        const QSignalBlocker blockFollows(m_follows);
        m_from->setDate(v->effectiveFrom);
        m_follows->setChecked(v->followsStore);
    }
    m_from->setEnabled(false); // a version's date is its key: move it by a new version
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_follows->setEnabled(editable);
    m_preset->setEnabled(editable);
    m_copy->setEnabled(editable);
    m_table->setEnabled(!v->followsStore);
    m_remove->setEnabled(editable);
    setWeek(v->week);
}

void HoursEditorDialog::startNewVersion(QDate from, const std::array<DayIntervals, 7> &week)
{
    m_openId = 0;
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->clearSelection();
        m_timeline->setCurrentRow(-1);
    }
    {
        const QSignalBlocker blockDate(m_from);
        const QSignalBlocker blockFollows(m_follows);
        m_from->setDate(from);
        m_follows->setChecked(false);
    }
    m_from->setEnabled(true);
    m_follows->setEnabled(true);
    m_preset->setEnabled(true);
    m_copy->setEnabled(true);
    m_table->setEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_remove->setEnabled(false);
    setWeek(week);
    m_from->setFocus();
}

void HoursEditorDialog::setWeek(const std::array<DayIntervals, 7> &week)
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < 7; ++row) {
            const DayIntervals &day = week.at(row);
            for (int column = 0; column < intervalColumns; ++column) {
                auto *item = new QTableWidgetItem(column < day.size() ? intervalText(day.at(column)) : QString());
                item->setTextAlignment(Qt::AlignCenter);
                m_table->setItem(row, column, item);
            }
        }
    }
    validate();
}

void HoursEditorDialog::applyPreset(int index)
{
    if (index > 0 && index <= m_presets.size())
        setWeek(m_presets.at(index - 1).week);
    m_preset->setCurrentIndex(0);
}

void HoursEditorDialog::copySource(int index)
{
    const qint64 key = m_copy->itemData(index).toLongLong();
    if (key > 0) {
        const auto it = std::ranges::find_if(m_versions, [key](const HoursVersion &v) { return v.id == key; });
        if (it != m_versions.cend())
            setWeek(it->week);
    } else if (key < 0 && -1 - key < m_copySources.size()) {
        setWeek(m_copySources.at(-1 - key).second);
    }
    m_copy->setCurrentIndex(0);
}

HoursVersion HoursEditorDialog::hours() const
{
    HoursVersion v;
    v.storeId = m_store.id;
    v.chairId = target();
    v.effectiveFrom = m_from->date();
    v.followsStore = v.chairId && m_follows->isChecked();
    if (v.followsStore)
        return v;
    for (int row = 0; row < 7; ++row) {
        for (int column = 0; column < intervalColumns; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (const std::optional<TimeInterval> i = parseTimeInterval(item ? item->text() : QString()))
                v.week.at(row).append(*i);
        }
    }
    return v;
}

int HoursEditorDialog::replacing() const
{
    const HoursVersion *v = shownVersion();
    return v ? v->version : 0;
}

void HoursEditorDialog::validate()
{
    m_problems.clear();
    const bool follows = target() && m_follows->isChecked();
    for (int row = 0; row < 7 && !follows; ++row) {
        DayIntervals day;
        QList<int> columns; // of day's intervals
        for (int column = 0; column < intervalColumns; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            if (const std::optional<TimeInterval> i = parseTimeInterval(text)) {
                day.append(*i);
                columns.append(column);
            } else {
                m_problems.append({row + 1, column, tr("\"%1\" is not like 09:00-12:00").arg(text)});
            }
        }
        for (IntervalProblem p : checkDay(day, row + 1)) {
            p.index = columns.at(p.index);
            m_problems.append(p);
        }
    }
    // Mark each offending cell, the message beside it.
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < 7; ++row) {
            QStringList messages;
            for (int column = 0; column < intervalColumns; ++column) {
                QTableWidgetItem *item = m_table->item(row, column);
                const auto problem = std::ranges::find_if(
                    m_problems, [&](const IntervalProblem &p) { return p.weekday == row + 1 && p.index == column; });
                const bool bad = problem != m_problems.cend();
                item->setBackground(bad ? QBrush(badCell) : QBrush());
                item->setToolTip(bad ? problem->message : QString());
                if (bad)
                    messages.append(problem->message);
            }
            m_table->item(row, problemColumn)->setText(messages.join(QStringLiteral("; ")));
        }
    }

    // The date: today or later, not before the store opens, and a new version's
    // key must be free.
    const QDate from = m_from->date();
    m_dateProblem.clear();
    const HoursVersion *open = shownVersion();
    if (open && open->effectiveFrom <= m_today)
        m_dateProblem = tr("These hours are in effect already: use \"New version…\" to change them from a later date.");
    else if (!open && from < m_today)
        m_dateProblem = tr("Hours cannot change the past: choose today or later.");
    else if (!open && m_store.opensOn.isValid() && from < m_store.opensOn)
        m_dateProblem = tr("%1 opens on %2: no hours before that.")
                            .arg(m_store.code, QLocale().toString(m_store.opensOn, QLocale::ShortFormat));
    else if (!open && std::ranges::any_of(m_versions, [&](const HoursVersion &v) {
                 return v.chairId == target() && v.effectiveFrom == from;
             }))
        m_dateProblem = tr("There is a version from that date already: open it in the list to change it.");

    const int bad = int(m_problems.size());
    m_problem->setText(!m_dateProblem.isEmpty() ? m_dateProblem
                           : bad                ? tr("%n interval(s) to correct: see the marked cells.", nullptr, bad)
                                                : QString());
    m_summary->setText(
        follows ? tr("From %1 this chair follows the store's hours.").arg(QLocale().toString(from, QLocale::LongFormat))
                : tr("From %1: %2").arg(QLocale().toString(from, QLocale::LongFormat), describeWeek(hours().week)));
    m_save->setEnabled(isValid());
}

} // namespace sams
