#include "widgets/CalendarSyncDialog.h"

#include "models/SyncModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sams {

namespace {
// The state filter's "needs sign-in or failed" entry.
constexpr int attentionItem = -1;
} // namespace

QString calendarAccountStatus(const CalendarAccount &a, int attention, qint64 now, qint64 staleSeconds)
{
    QString status;
    switch (a.state) {
    case CalendarAccountState::NeedsSignIn:
        status = CalendarSyncDialog::tr("needs sign-in");
        break;
    case CalendarAccountState::Disconnected:
        status = CalendarSyncDialog::tr("disconnected");
        break;
    case CalendarAccountState::Active:
        status = a.seenAt == 0 || now - a.seenAt > staleSeconds
            ? CalendarSyncDialog::tr("waiting for %1's desktop").arg(a.userLogin)
            : CalendarSyncDialog::tr("active");
        break;
    }
    if (attention > 0)
        status += CalendarSyncDialog::tr(", %n need attention", nullptr, attention);
    return status;
}

CalendarSyncDialog::CalendarSyncDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new SyncModel(this))
    , m_table(new QTableView)
    , m_account(new QComboBox)
    , m_state(new QComboBox)
    , m_accounts(new QLabel)
    , m_problem(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_signIn(new QPushButton(tr("&Sign in again…")))
    , m_connect(new QPushButton(tr("&Connect a calendar…")))
    , m_disconnect(new QPushButton(tr("&Disconnect…")))
{
    setObjectName(QStringLiteral("calendarSyncDialog"));
    setWindowTitle(tr("Calendar sync"));
    m_account->setObjectName(QStringLiteral("syncAccount"));
    m_account->addItem(tr("All calendars"), qint64(0));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->addItem(tr("All states"));
    m_state->addItem(tr("Needing attention"), attentionItem);
    for (SyncState s : allSyncStates)
        m_state->addItem(syncStateLabel(s), int(s));
    for (QComboBox *box : {m_account, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            selectionChanged();
            Q_EMIT filterChanged(filter());
        });

    m_accounts->setObjectName(QStringLiteral("syncAccounts"));
    m_accounts->setTextFormat(Qt::RichText);
    m_accounts->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("syncTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Fixed row heights and sampled column widths: the view opens at once on
    // tens of thousands of rows (docs/performance.md, "Calendar sync").
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarSyncDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CalendarSyncDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CalendarSyncDialog::selectionChanged);

    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_retry->setToolTip(tr("Push this event again, from the first attempt"));
    m_retry->setEnabled(false);
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signIn->setToolTip(tr("Give the calendar's new password or sign in again"));
    m_signIn->setEnabled(false);
    m_connect->setObjectName(QStringLiteral("syncConnect"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const SyncEntry *e = selected())
            Q_EMIT retryRequested(e->id);
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (const qint64 account = accountForSignIn())
            Q_EMIT signInRequested(account);
    });
    connect(m_connect, &QPushButton::clicked, this, &CalendarSyncDialog::connectRequested);
    m_disconnect->setObjectName(QStringLiteral("syncDisconnect"));
    m_disconnect->setToolTip(tr("Remove SAMS's calendar from this account and stop sending to it"));
    m_disconnect->setEnabled(false);
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (const qint64 account = accountForSignIn())
            Q_EMIT disconnectRequested(account);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_account);
    filters->addWidget(m_state);
    filters->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_disconnect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_signIn, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_accounts);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 34);
}

SyncFilter CalendarSyncDialog::filter() const
{
    SyncFilter f;
    f.brief = true;
    f.accountId = m_account->currentData().toLongLong();
    if (m_state->currentData().toInt() == attentionItem)
        f.attentionOnly = true;
    else if (m_state->currentIndex() > 0)
        f.state = SyncState(m_state->currentData().toInt());
    return f;
}

void CalendarSyncDialog::showAttentionOnly()
{
    m_state->setCurrentIndex(m_state->findData(attentionItem));
}

void CalendarSyncDialog::setAccounts(const QList<CalendarAccount> &accounts, const QHash<qint64, int> &attention,
                                     qint64 now)
{
    m_shownAccounts = accounts;
    const qint64 current = m_account->currentData().toLongLong();
    {
        const QSignalBlocker quiet(m_account);
        while (m_account->count() > 1)
            m_account->removeItem(1);
        for (const CalendarAccount &a : accounts)
            m_account->addItem(a.label, a.id);
        const int at = m_account->findData(current);
        m_account->setCurrentIndex(at < 0 ? 0 : at);
    }
    QStringList lines;
    for (const CalendarAccount &a : accounts) {
        const bool bad = a.state == CalendarAccountState::NeedsSignIn || attention.value(a.id) > 0;
        lines.append(tr("%1 (%2, %3): %4")
                         .arg(a.label.toHtmlEscaped(), calendarProviderLabel(a.provider).toHtmlEscaped(),
                              a.userLogin.toHtmlEscaped(),
                              (bad ? QStringLiteral("<span style=\"color:#b3261e\"><b>%1</b></span>")
                                   : QStringLiteral("<b>%1</b>"))
                                  .arg(calendarAccountStatus(a, attention.value(a.id), now).toHtmlEscaped())));
    }
    m_accounts->setText(lines.isEmpty() ? tr("No calendar is connected yet: <b>Connect a calendar…</b> sends the "
                                             "bookings of your stores to your own calendar.")
                                        : lines.join(QStringLiteral("<br>")));
    selectionChanged();
}

void CalendarSyncDialog::setEntries(const QList<SyncEntry> &entries)
{
    m_problem->hide();
    const SyncEntry *before = selected();
    const qint64 keep = before ? before->id : 0;
    m_model->setEntries(entries);
    if (keep && m_model->rowOf(keep) >= 0 && !selected())
        m_table->selectRow(m_model->rowOf(keep));
    if (!property("sized").toBool() && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        setProperty("sized", true);
    }
    selectionChanged();
}

void CalendarSyncDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

CalendarAccount CalendarSyncDialog::shownAccount(qint64 id) const
{
    for (const CalendarAccount &a : m_shownAccounts) {
        if (a.id == id)
            return a;
    }
    return {};
}

const SyncEntry *CalendarSyncDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->entryAt(rows.first().row());
}

qint64 CalendarSyncDialog::accountForSignIn() const
{
    qint64 id = m_account->currentData().toLongLong();
    if (const SyncEntry *e = selected())
        id = e->accountId;
    if (!id && m_shownAccounts.size() == 1)
        id = m_shownAccounts.first().id;
    return id;
}

void CalendarSyncDialog::selectionChanged()
{
    const SyncEntry *e = selected();
    m_retry->setEnabled(e && e->state != SyncState::Pushing && e->state != SyncState::Synced);
    const qint64 account = accountForSignIn();
    m_signIn->setEnabled(shownAccount(account).id != 0);
    m_disconnect->setEnabled(shownAccount(account).id != 0);
}

} // namespace sams
