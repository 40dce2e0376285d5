"""Events: real-world happenings that several articles report, merged into one."""
