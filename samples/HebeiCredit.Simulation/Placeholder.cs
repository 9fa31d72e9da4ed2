namespace HebeiCredit.Simulation;
