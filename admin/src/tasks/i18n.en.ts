/** The task screens' English strings (the console's second locale). */
export const tasksEn = {
  app: {
    task: {
      empty: 'No tasks',
      emptyHint:
        'Three days without a dust-cleaning photo give the town an urge task; seven, the district a site check.',
      status: { open: 'Open', done: 'Done' },
      kind: { dustUrge: 'Dust urge', dustVerify: 'Dust site check' },
      result: {
        urged: 'Enterprise urged',
        onSiteRectified: 'On site: rectified',
        onSiteViolation: 'On site: violation',
        onSiteClosed: 'On site: stopped/closed',
      },
      level: { town: 'Town task', district: 'District task' },
      view: { mine: 'My tasks', scope: 'All in scope' },
      overdue: 'Overdue',
      urgent: 'Urgent',
      subject: 'Subject',
      complete: {
        title: 'Complete task',
        result: 'Result',
        note: 'What was done',
        photos: 'On-site photos',
        photosNeeded: 'At least %{count} on-site photo(s) needed',
        addPhoto: 'Take/choose photo',
        uploading: 'Uploading and checking photo…',
        submit: 'Complete',
        done: 'Task completed',
        onlyAssignee: 'Only the assignee completes this task.',
      },
      completed: 'Completion',
    },
  },
  resources: {
    tasks: {
      name: 'Task |||| Tasks',
      fields: {
        title: 'Task',
        kind: 'Kind',
        status: 'Status',
        dueAt: 'Due',
        level: 'Level',
        view: 'View',
        enterpriseId: 'Enterprise',
        siteName: 'Site',
        townId: 'Town',
        districtId: 'District',
        detail: 'Detail',
        createdAt: 'Created',
        completedAt: 'Completed',
        completedByName: 'Completed by',
        note: 'Note',
        result: 'Result',
      },
    },
  },
};
