#pragma once

#include "core/Environment.h"
#include "core/Error.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QItemSelection;
class QTimer;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace sams {

class ChangeFeed;
struct ChangeNotice;
class EnvironmentBadge;
class ScheduleRepository;
class StoreTreeModel;
class WeekGridView;
class WeekScheduleModel;
struct Store;

// The desktop's main window: the store/chair tree on the left, the selected
// store's week in the middle, database and environment in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ScheduleRepository &repository, const QString &databaseName, Environment environment,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads stores and chairs again; selects the first store if none is.
    Status reload();
    bool selectStore(const QString &code);
    // Live updates: what anyone changes in the shown store-week appears by itself.
    void setChangeFeed(ChangeFeed *feed);
    void showWeekOf(QDate day);

    QTreeView *storeTree() const;
    WeekGridView *weekView() const { return m_weekView; }
    const Store *currentStore() const;
    QDate shownDay() const { return m_day; }

private:
    void storeSelectionChanged(const QItemSelection &selected);
    void loadWeek();
    void moveWeeks(int weeks);
    void showError(const Error &error);
    void changeArrived(const ChangeNotice &notice);
    void setUpStatusBar(const QString &databaseName, Environment environment);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ScheduleRepository &m_repository;
    StoreTreeModel *m_storeModel;
    WeekScheduleModel *m_weekModel;
    WeekGridView *m_weekView;
    EnvironmentBadge *m_environmentBadge;
    QDate m_day;
    QTimer *m_refresh; // coalesces a burst of notices into one reload
    bool m_reloadStores = false;
};

} // namespace sams
