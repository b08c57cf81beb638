Feature: Replication
  A replica keeps an exact copy of its master: it loads a snapshot of the master's data, then
  applies the stream of the master's writes, counted in bytes by a replication offset. A replica
  whose link drops continues from its offset when the master's backlog still holds what it missed.
  REPLICAOF makes a server follow a master or become a master again, ROLE and INFO replication tell
  each side's view, and WAIT lets a client know how many replicas have its writes.

  Rule: REPLICAOF makes a replica of the server: the snapshot, then every write

    Scenario: the data from before and the writes after
      When the client runs:
        | command                    | reply       |
        | SET before 1               | OK          |
        | RPUSH list a b c           | (integer) 3 |
        | SELECT 2                   | OK          |
        | HSET hash field value      | (integer) 1 |
        | SELECT 0                   | OK          |
      Given a replica of the server
      When the client runs:
        | command                    | reply       |
        | SET after 2                | OK          |
        | INCR counter               | (integer) 1 |
        | LPOP list                  | "a"         |
        | SADD set x y               | (integer) 2 |
        | EXPIRE after 100           | (integer) 1 |
        | MULTI                      | OK          |
        | INCR counter               | QUEUED      |
        | DEL before                 | QUEUED      |
        | EXEC                       | 1) (integer) 2 2) (integer) 1 |
      And the replica has caught up
      Then client "replica" runs:
        | command                    | reply                |
        | GET before                 | (nil)                |
        | GET after                  | "2"                  |
        | GET counter                | "2"                  |
        | LRANGE list 0 -1           | 1) "b" 2) "c"        |
        | SCARD set                  | (integer) 2          |
        | TTL after                  | (integer) 100        |
        | SELECT 2                   | OK                   |
        | HGET hash field            | "value"              |

    Scenario: a replica refuses writes, unless replica-read-only is no
      Given a replica of the server
      When client "replica" runs:
        | command                             | reply                                                  |
        | SET k v                             | (error) READONLY You can't write against a read only replica. |
        | MULTI                               | OK                                                     |
        | SET k v                             | (error) READONLY You can't write against a read only replica. |
        | EXEC                                | (error) EXECABORT Transaction discarded because of previous errors. |
        | CONFIG SET replica-read-only no     | OK                                                     |
        | SET k v                             | OK                                                     |
        | GET k                               | "v"                                                    |

    Scenario: the port must be a number from 0 to 65535
      When the client runs:
        | command                   | reply                            |
        | REPLICAOF localhost x     | (error) ERR Invalid master port  |
        | REPLICAOF localhost 65536 | (error) ERR Invalid master port  |
        | SLAVEOF localhost -1      | (error) ERR Invalid master port  |
        | REPLICAOF localhost       | (error) ERR wrong number of arguments for 'replicaof' command |
        | REPLICAOF NO ONE          | OK                               |
        | SLAVEOF no one            | OK                               |

  Rule: REPLICAOF NO ONE promotes a replica to a master that keeps its data

    Scenario: the former replica accepts writes and starts a new history
      When the client runs "SET k 1"
      Given a replica of the server
      When the replica has caught up
      And client "replica" runs:
        | command          | reply |
        | REPLICAOF NO ONE | OK    |
        | GET k            | "1"   |
        | SET k 2          | OK    |
      And client "replica" runs "ROLE"
      Then the reply matches "^1\) \"master\"\n2\) \(integer\) \d+\n3\) \(empty array\)$"
      When client "replica" runs "INFO replication"
      Then the reply matches "role:master\\r\\nconnected_slaves:0\\r\\nmaster_failover_state:no-failover\\r\\nmaster_replid:[0-9a-f]{40}\\r\\nmaster_replid2:[0-9a-f]{40}\\r\\nmaster_repl_offset:\d+\\r\\nsecond_repl_offset:\d+\\r\\n"

  Rule: ROLE and INFO replication describe each side

    Scenario: a master with one replica
      Given a replica of the server
      When the replica has caught up
      And the client runs "ROLE"
      Then the reply matches "^1\) \"master\"\n2\) \(integer\) \d+\n3\) 1\) 1\) \"127.0.0.1\"\n      2\) \"\d+\"\n      3\) \"\d+\"$"
      When the client runs "INFO replication"
      Then the reply matches "# Replication\\r\\nrole:master\\r\\nconnected_slaves:1\\r\\nslave0:ip=127.0.0.1,port=\d+,state=online,offset=\d+,lag=\d+\\r\\nmaster_failover_state:no-failover\\r\\nmaster_replid:[0-9a-f]{40}\\r\\nmaster_replid2:0{40}\\r\\nmaster_repl_offset:\d+\\r\\nsecond_repl_offset:-1\\r\\nrepl_backlog_active:1\\r\\nrepl_backlog_size:1048576\\r\\nrepl_backlog_first_byte_offset:1\\r\\nrepl_backlog_histlen:\d+\\r\\n"

    Scenario: the replica's side
      Given a replica of the server
      When client "replica" runs "ROLE"
      Then the reply matches "^1\) \"slave\"\n2\) \"127.0.0.1\"\n3\) \(integer\) \d+\n4\) \"connected\"\n5\) \(integer\) \d+$"
      When client "replica" runs "INFO replication"
      Then the reply matches "# Replication\\r\\nrole:slave\\r\\nmaster_host:127.0.0.1\\r\\nmaster_port:\d+\\r\\nmaster_link_status:up\\r\\nmaster_last_io_seconds_ago:\d+\\r\\nmaster_sync_in_progress:0\\r\\nslave_read_repl_offset:\d+\\r\\nslave_repl_offset:\d+\\r\\nslave_priority:100\\r\\nslave_read_only:1\\r\\nreplica_announced:1\\r\\nconnected_slaves:0\\r\\n"

    Scenario: a master alone
      When the client runs "ROLE"
      Then the reply is:
        """
        1) "master"
        2) (integer) 0
        3) (empty array)
        """
      When the client runs "INFO replication"
      Then the reply matches "role:master\\r\\nconnected_slaves:0\\r\\nmaster_failover_state:no-failover\\r\\nmaster_replid:[0-9a-f]{40}\\r\\nmaster_replid2:0{40}\\r\\nmaster_repl_offset:0\\r\\nsecond_repl_offset:-1\\r\\nrepl_backlog_active:0\\r\\nrepl_backlog_size:1048576\\r\\nrepl_backlog_first_byte_offset:0\\r\\nrepl_backlog_histlen:0\\r\\n"

    Scenario: a replica whose master cannot be reached
      When the client runs "REPLICAOF 127.0.0.1 1"
      And the client runs "INFO replication"
      Then the reply matches "role:slave\\r\\nmaster_host:127.0.0.1\\r\\nmaster_port:1\\r\\nmaster_link_status:down\\r\\nmaster_last_io_seconds_ago:-1\\r\\nmaster_sync_in_progress:0\\r\\n"
      When the client runs "ROLE"
      Then the reply matches "^1\) \"slave\"\n2\) \"127.0.0.1\"\n3\) \(integer\) 1\n4\) \"(connect|connecting)\"\n5\) \(integer\) -1$"

  Rule: replica-serve-stale-data no refuses data commands while the link is down

    Scenario: MASTERDOWN for everything but the stale-allowed commands
      Given the server is started with "--replica-serve-stale-data no"
      When the client runs:
        | command              | reply |
        | REPLICAOF 127.0.0.1 1 | OK   |
        | GET k                | (error) MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'. |
        | PING                 | (error) MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'. |
        | CONFIG GET replica-serve-stale-data | 1) "replica-serve-stale-data" 2) "no" |
        | REPLICAOF NO ONE     | OK    |
        | GET k                | (nil) |

  Rule: WAIT answers how many replicas acknowledged the client's writes

    Scenario: with a replica
      Given a replica of the server
      When the client runs:
        | command    | reply       |
        | SET k v    | OK          |
        | WAIT 1 0   | (integer) 1 |
        | WAIT 2 100 | (integer) 1 |
        | WAIT 0 0   | (integer) 1 |

    Scenario: without replicas, and its errors
      When the client runs:
        | command      | reply                                                |
        | SET k v      | OK                                                   |
        | WAIT 0 0     | (integer) 0                                          |
        | WAIT 1 50    | (integer) 0                                          |
        | WAIT x 0     | (error) ERR value is not an integer or out of range  |
        | WAIT 1 x     | (error) ERR timeout is not an integer or out of range |
        | WAIT 1 1.5   | (error) ERR timeout is not an integer or out of range |
        | WAIT 1 -1    | (error) ERR timeout is negative                      |
        | WAIT 1       | (error) ERR wrong number of arguments for 'wait' command |

    Scenario: not on a replica
      Given a replica of the server
      When client "replica" runs "WAIT 1 0"
      Then the reply is "(error) ERR WAIT cannot be used with replica instances. Please also note that since Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are just local and are not propagated."

  Rule: min-replicas-to-write refuses writes without enough good replicas

    Scenario: NOREPLICAS until a replica acknowledges
      When the client runs:
        | command                         | reply                                               |
        | CONFIG SET min-replicas-to-write 1 | OK                                               |
        | SET k v                         | (error) NOREPLICAS Not enough good replicas to write. |
        | GET k                           | (nil)                                               |
      Given a replica of the server
      When the replica has caught up
      And the client runs:
        | command                         | reply                                               |
        | CONFIG SET min-replicas-max-lag 10 | OK                                               |
        | SET k v                         | OK                                                  |
        | CONFIG SET min-replicas-to-write 2 | OK                                               |
        | SET k v                         | (error) NOREPLICAS Not enough good replicas to write. |

  Rule: REPLCONF, PSYNC and SYNC are the replica's side of the conversation

    Scenario: REPLCONF options and their errors
      When the client runs:
        | command                            | reply                                                  |
        | REPLCONF                           | OK                                                     |
        | REPLCONF listening-port 6380       | OK                                                     |
        | REPLCONF capa eof capa psync2      | OK                                                     |
        | REPLCONF capa something-new        | OK                                                     |
        | REPLCONF ip-address 10.0.0.1       | OK                                                     |
        | REPLCONF listening-port            | (error) ERR syntax error                               |
        | REPLCONF listening-port x          | (error) ERR value is not an integer or out of range    |
        | REPLCONF rdb-only 2                | (error) ERR value is out of range, value must between 0 and 1 |
        | REPLCONF foo bar                   | (error) ERR Unrecognized REPLCONF option: foo          |

    Scenario: PSYNC checks its offset, and neither runs inside MULTI
      When the client runs:
        | command     | reply                                                  |
        | PSYNC ? x   | (error) ERR value is not an integer or out of range    |
        | PSYNC ?     | (error) ERR wrong number of arguments for 'psync' command |
        | MULTI       | OK                                                     |
        | SYNC        | (error) ERR Command not allowed inside a transaction   |
        | PSYNC ? -1  | (error) ERR Command not allowed inside a transaction   |
        | DISCARD     | OK                                                     |

    Scenario: a replica whose own link is down serves no replicas
      When the client runs:
        | command               | reply                                                       |
        | REPLICAOF 127.0.0.1 1 | OK                                                          |
        | PSYNC ? -1            | (error) NOMASTERLINK Can't SYNC while not connected with my master |
