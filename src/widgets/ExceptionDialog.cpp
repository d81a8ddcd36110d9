#include "widgets/ExceptionDialog.h"

#include "core/RulesValidation.h"
#include "core/TextRules.h"
#include "widgets/DateEdit.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sams {

namespace {
QString describe(const DayIntervals &intervals)
{
    if (intervals.isEmpty())
        return QCoreApplication::translate("sams::ExceptionDialog", "closed all day");
    QStringList spans;
    for (const TimeInterval &i : intervals)
        spans.append(formatMinuteOfDay(i.openMinute) + u'-' + formatMinuteOfDay(i.closeMinute));
    return spans.join(QStringLiteral(", "));
}
} // namespace

ExceptionDialog::ExceptionDialog(const Store &current, const QList<Store> &stores, const QList<Chair> &chairs,
                                 const QList<DateException> &coming, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_allStores(stores)
    , m_coming(coming)
    , m_today(today)
    , m_stores(new QListWidget)
    , m_chair(new QComboBox)
    , m_date(calendarDateEdit(today.addDays(1)))
    , m_closed(new QRadioButton(tr("Closed &all day")))
    , m_special(new QRadioButton(tr("&Special hours:")))
    , m_hours(new QLineEdit)
    , m_reason(new QLineEdit)
    , m_existing(new QListWidget)
    , m_problem(new QLabel)
    , m_save(new QPushButton(tr("Preview and save…")))
{
    setWindowTitle(tr("Holidays and date exceptions"));
    m_stores->setObjectName(QStringLiteral("storeList"));
    for (const Store &store : stores) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(store.code, store.name), m_stores);
        item->setData(Qt::UserRole, store.id);
        item->setCheckState(store.id == current.id ? Qt::Checked : Qt::Unchecked);
    }
    m_stores->setMaximumHeight(fontMetrics().height() * 6);
    m_chair->setObjectName(QStringLiteral("chairCombo"));
    m_chair->addItem(tr("Every chair"), QVariant());
    for (const Chair &chair : chairs)
        m_chair->addItem(chair.name, chair.id);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_closed->setChecked(true);
    m_hours->setObjectName(QStringLiteral("hoursEdit"));
    m_hours->setPlaceholderText(tr("10:00-14:00"));
    m_hours->setEnabled(false);
    m_special->setObjectName(QStringLiteral("specialHoursButton"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Holiday, inventory, training…"));
    m_existing->setObjectName(QStringLiteral("existingList"));
    m_existing->setMaximumHeight(fontMetrics().height() * 8);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    const QLocale locale;
    for (const DateException &e : coming) {
        const auto chair = std::ranges::find_if(chairs, [&](const Chair &c) { return e.chairId == c.id; });
        const QString who = e.chairId && chair != chairs.cend() ? chair->name : current.code;
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3 · %4")
                .arg(locale.toString(e.date, QStringLiteral("ddd d MMM yyyy")), who, describe(e.intervals), e.reason),
            m_existing);
        item->setData(Qt::UserRole, e.id);
    }
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *remove = new QPushButton(tr("Remove…"));
    remove->setObjectName(QStringLiteral("removeButton"));

    auto *special = new QHBoxLayout;
    special->addWidget(m_special);
    special->addWidget(m_hours, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("S&tores:"), m_stores);
    form->addRow(tr("C&hair:"), m_chair);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_closed);
    form->addRow(QString(), special);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Coming exceptions of %1:").arg(current.code)));
    layout->addWidget(m_existing);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid())
            Q_EMIT saveRequested();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_existing->currentRow();
        if (row < 0 || row >= m_coming.size())
            return;
        const std::optional<QString> reason
            = ReasonDialog::ask(this, tr("Remove exception"), tr("Why is this exception removed?"), tr("Remove"));
        if (reason)
            Q_EMIT removeRequested(m_coming.at(row), *reason);
    });
    connect(m_special, &QRadioButton::toggled, m_hours, &QLineEdit::setEnabled);
    connect(m_special, &QRadioButton::toggled, this, &ExceptionDialog::validate);
    connect(m_stores, &QListWidget::itemChanged, this, &ExceptionDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &ExceptionDialog::validate);
    connect(m_hours, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &ExceptionDialog::validate);
    validate();
}

QList<Store> ExceptionDialog::chosenStores() const
{
    QList<Store> chosen;
    for (int row = 0; row < m_stores->count(); ++row) {
        if (m_stores->item(row)->checkState() == Qt::Checked)
            chosen.append(m_allStores.at(row));
    }
    return chosen;
}

std::optional<DayIntervals> ExceptionDialog::intervals() const
{
    if (!m_special->isChecked())
        return DayIntervals();
    DayIntervals day;
    for (const QString &span : m_hours->text().split(u',', Qt::SkipEmptyParts)) {
        const std::optional<TimeInterval> interval = parseTimeInterval(span);
        if (!interval)
            return std::nullopt;
        day.append(*interval);
    }
    return day;
}

QList<DateException> ExceptionDialog::exceptions() const
{
    QList<DateException> all;
    const QList<Store> stores = chosenStores();
    const bool oneChair = stores.size() == 1 && stores.first().id == m_current.id && m_chair->currentData().isValid();
    for (const Store &store : stores) {
        DateException e;
        e.storeId = store.id;
        if (oneChair)
            e.chairId = m_chair->currentData().toLongLong();
        e.date = m_date->date();
        e.intervals = intervals().value_or(DayIntervals());
        e.reason = m_reason->text().trimmed();
        all.append(e);
    }
    return all;
}

void ExceptionDialog::validate()
{
    const QList<Store> stores = chosenStores();
    // A chair is a chair of the current store: with other stores chosen, the
    // exception is for whole stores.
    m_chair->setEnabled(stores.size() == 1 && stores.first().id == m_current.id);
    const std::optional<DayIntervals> day = intervals();
    m_problemText.clear();
    if (stores.isEmpty())
        m_problemText = tr("Choose at least one store.");
    else if (!day)
        m_problemText = tr("Special hours are intervals like 10:00-14:00, separated by commas.");
    else if (m_special->isChecked() && day->isEmpty())
        m_problemText = tr("Enter the special hours, or choose \"Closed all day\".");
    else if (!hasVisibleCharacter(m_reason->text()))
        m_problemText = tr("Enter the reason: it is kept in the history.");
    else {
        const QList<IntervalProblem> problems = checkDay(*day, 0);
        if (!problems.isEmpty())
            m_problemText = problems.first().message;
        else if (m_date->date() < m_today)
            m_problemText = tr("That day has passed.");
    }
    m_problem->setText(m_problemText);
    m_save->setEnabled(m_problemText.isEmpty());
}

} // namespace sams
