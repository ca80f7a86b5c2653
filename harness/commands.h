/* The mlirrl subcommands; each returns the process exit status. */
#ifndef MRL_COMMANDS_H
#define MRL_COMMANDS_H

int mrl_cmd_run(int argc, char **argv);
int mrl_cmd_exec(int argc, char **argv);
int mrl_cmd_suite(int argc, char **argv);
int mrl_cmd_observe(int argc, char **argv);
int mrl_cmd_export(int argc, char **argv);
int mrl_cmd_episode(int argc, char **argv);
int mrl_cmd_cache(int argc, char **argv);
int mrl_cmd_eval(int argc, char **argv);
int mrl_cmd_train(int argc, char **argv);
int mrl_cmd_submit(int argc, char **argv);
int mrl_cmd_leaderboard(int argc, char **argv);
int mrl_cmd_db(int argc, char **argv);
int mrl_cmd_compare(int argc, char **argv);

/* Exit statuses shared by the subcommands. */
enum { MRL_EXIT_OK = 0, MRL_EXIT_FAILED = 1, MRL_EXIT_USAGE = 2 };

#endif
