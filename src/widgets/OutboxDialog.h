#pragma once

#include "core/OutboxQueue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sams {

class OutboxModel;

// The outbox view (docs/notifications.md, "In the desktop"): every message with
// its state, filtered by state, store and kind; the last error and the text of
// the selected one; Retry for a dead, unknown, missed or cancelled message and
// Cancel for one not yet sent. It asks; the main window reads and writes on the
// database thread and answers with setEntries() or showProblem().
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(const QList<Store> &stores, QWidget *parent = nullptr);

    OutboxFilter filter() const;
    // Shows only messages waiting for a person (the status bar badge's click).
    void showAttentionOnly();
    void setEntries(const QList<OutboxEntry> &entries);
    void showProblem(const QString &text);

    QTableView *table() const { return m_table; }
    OutboxModel *model() const { return m_model; }
    QComboBox *stateFilter() const { return m_state; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *details() const { return m_details; }

Q_SIGNALS:
    void filterChanged(const OutboxFilter &filter);
    void retryRequested(qint64 id);
    void cancelRequested(qint64 id);

private:
    void selectionChanged();
    const OutboxEntry *selected() const;

    OutboxModel *m_model;
    QTableView *m_table;
    QComboBox *m_state;
    QComboBox *m_store;
    QComboBox *m_kind;
    QPlainTextEdit *m_details;
    QLabel *m_problem;
    QPushButton *m_retry;
    QPushButton *m_cancel;
};

} // namespace sams
