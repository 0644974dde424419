print("spiegel")
