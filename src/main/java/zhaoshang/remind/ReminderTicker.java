package zhaoshang.remind;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz with its in-memory store, used only as a metronome: it calls the evaluator every minute (and once at
 * start, which is the startup catch-up). What is due and what was sent lives in our own tables.
 */
public final class ReminderTicker implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String TICK = "tick";

    private final Scheduler scheduler;

    public ReminderTicker(Runnable tick, Duration every) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "reminders-" + INSTANCES.incrementAndGet());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        try {
            scheduler = new StdSchedulerFactory(p).getScheduler();
            JobDataMap data = new JobDataMap();
            data.put(TICK, tick);
            JobDetail job = JobBuilder.newJob(TickJob.class).withIdentity("reminder-tick").usingJobData(data).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("reminder-tick").startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(Math.max(1000, every.toMillis())).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot set up the reminder ticker: " + e.getMessage(), e);
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the reminder ticker: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            // shutting down anyway
        }
    }

    /** The job Quartz runs: calls the tick; never two at once. */
    @DisallowConcurrentExecution
    public static final class TickJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            ((Runnable) context.getMergedJobDataMap().get(TICK)).run();
        }
    }
}
