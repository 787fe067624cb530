import reads_config
print(reads_config.CONFIG)
