#pragma once

#include "core/Worklist.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace sams {

class WorklistModel;

// The rescheduling worklist as a dock (docs/manager-guide.md, Worklist): every
// displaced appointment of the stores read, filtered by store and day, the
// count still to contact in the title. For the selected one it lists the
// engine's nearest alternatives; the buttons ask the window to move it there
// (undoable, the same rules as a drag), mark the customer contacted with a
// note, or cancel it with a reason. The window does the work.
class WorklistDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit WorklistDock(QWidget *parent = nullptr);

    WorklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QListWidget *alternativesList() const { return m_alternatives; }
    QComboBox *storeFilter() const { return m_storeFilter; }
    QComboBox *dayFilter() const { return m_dayFilter; }
    // The stores offered by the store filter.
    void setStores(const QList<Store> &stores);
    // "Reading 3 of 12 stores…", or empty when done.
    void setProgress(const QString &text);
    // The selected row's item, if any.
    const WorklistItem *selectedItem() const;
    void selectAppointment(AppointmentId id);

Q_SIGNALS:
    void moveRequested(const sams::WorklistItem &item, const sams::SlotOffer &offer);
    void contactRequested(const sams::WorklistItem &item, const QString &note);
    void cancelRequested(const sams::WorklistItem &item, const QString &reason);
    void openRequested(const sams::WorklistItem &item);
    void refreshRequested();

private:
    void updateTitle();
    void updateDays();
    void selectionChanged();
    void askContacted();
    void askCancel();

    WorklistModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_storeFilter;
    QComboBox *m_dayFilter;
    QCheckBox *m_showContacted;
    QLabel *m_progress;
    QListWidget *m_alternatives;
    QPushButton *m_move;
    QPushButton *m_contacted;
    QPushButton *m_cancel;
    QPushButton *m_open;
};

} // namespace sams
