#pragma once

#include "core/CalendarSyncQueue.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sams {

class SyncModel;

// The calendar sync view (docs/calendar-sync.md, "In the desktop"): each
// calendar account with its state (active, needs sign-in, waiting for the
// desktop that holds its secret) and every event with its own state, attempts,
// next try and last error; Retry for one event, Sign in again for an account,
// Connect a calendar. It asks; the main window reads and writes off the GUI
// thread and answers with setAccounts(), setEntries() or showProblem().
class CalendarSyncDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarSyncDialog(QWidget *parent = nullptr);

    SyncFilter filter() const;
    void showAttentionOnly();
    // `attention`: rows needing a person, per account; `now` (UTC seconds)
    // judges whether the account's desktop has been seen lately.
    void setAccounts(const QList<CalendarAccount> &accounts, const QHash<qint64, int> &attention, qint64 now);
    void setEntries(const QList<SyncEntry> &entries);
    void showProblem(const QString &text);
    // An account as last shown (a default one when unknown).
    CalendarAccount shownAccount(qint64 id) const;

    QTableView *table() const { return m_table; }
    SyncModel *model() const { return m_model; }
    QComboBox *accountFilter() const { return m_account; }
    QComboBox *stateFilter() const { return m_state; }
    QLabel *accountsLabel() const { return m_accounts; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *disconnectButton() const { return m_disconnect; }

Q_SIGNALS:
    void filterChanged(const SyncFilter &filter);
    void retryRequested(qint64 id);
    void signInRequested(qint64 accountId);
    void connectRequested();
    void disconnectRequested(qint64 accountId);

private:
    void selectionChanged();
    const SyncEntry *selected() const;
    qint64 accountForSignIn() const;

    SyncModel *m_model;
    QTableView *m_table;
    QComboBox *m_account;
    QComboBox *m_state;
    QLabel *m_accounts;
    QLabel *m_problem;
    QPushButton *m_retry;
    QPushButton *m_signIn;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QList<CalendarAccount> m_shownAccounts;
};

// What the view says of an account: its state, or that its rows wait for the
// desktop holding its secret (not seen for `staleSeconds`).
QString calendarAccountStatus(const CalendarAccount &account, int attention, qint64 now, qint64 staleSeconds = 600);

} // namespace sams
